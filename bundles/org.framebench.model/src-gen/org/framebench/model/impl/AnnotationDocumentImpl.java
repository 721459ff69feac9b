/**
 */
package org.framebench.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.ComparisonNote;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.Link;
import org.framebench.model.ReturnedReview;
import org.framebench.model.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getAnnotatorName <em>Annotator Name</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getAnnotatorId <em>Annotator Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getAssignment <em>Assignment</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getFeedback <em>Feedback</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getComparisonNotes <em>Comparison Notes</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getReturnedReview <em>Returned Review</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationDocumentImpl#getDismissedSuggestions <em>Dismissed Suggestions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationDocumentImpl extends MinimalEObjectImpl.Container implements AnnotationDocument {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnotatorName() <em>Annotator Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotatorName()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATOR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotatorName() <em>Annotator Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotatorName()
	 * @generated
	 * @ordered
	 */
	protected String annotatorName = ANNOTATOR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnotatorId() <em>Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotatorId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotatorId() <em>Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotatorId()
	 * @generated
	 * @ordered
	 */
	protected String annotatorId = ANNOTATOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final Role ROLE_EDEFAULT = Role.STUDENT;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getToolVersion() <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToolVersion() <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolVersion()
	 * @generated
	 * @ordered
	 */
	protected String toolVersion = TOOL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssignment() <em>Assignment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignment()
	 * @generated
	 * @ordered
	 */
	protected Assignment assignment;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected EList<Feedback> feedback;

	/**
	 * The cached value of the '{@link #getComparisonNotes() <em>Comparison Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisonNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<ComparisonNote> comparisonNotes;

	/**
	 * The cached value of the '{@link #getReturnedReview() <em>Returned Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedReview()
	 * @generated
	 * @ordered
	 */
	protected ReturnedReview returnedReview;

	/**
	 * The cached value of the '{@link #getDismissedSuggestions() <em>Dismissed Suggestions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDismissedSuggestions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dismissedSuggestions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.ANNOTATION_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotatorName() {
		return annotatorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotatorName(String newAnnotatorName) {
		String oldAnnotatorName = annotatorName;
		annotatorName = newAnnotatorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_NAME, oldAnnotatorName, annotatorName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotatorId() {
		return annotatorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotatorId(String newAnnotatorId) {
		String oldAnnotatorId = annotatorId;
		annotatorId = newAnnotatorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_ID, oldAnnotatorId, annotatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole) {
		Role oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToolVersion() {
		return toolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToolVersion(String newToolVersion) {
		String oldToolVersion = toolVersion;
		toolVersion = newToolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__TOOL_VERSION, oldToolVersion, toolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment getAssignment() {
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAssignment(Assignment newAssignment, NotificationChain msgs) {
		Assignment oldAssignment = assignment;
		assignment = newAssignment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT, oldAssignment, newAssignment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignment(Assignment newAssignment) {
		if (newAssignment != assignment) {
			NotificationChain msgs = null;
			if (assignment != null)
				msgs = ((InternalEObject)assignment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT, null, msgs);
			if (newAssignment != null)
				msgs = ((InternalEObject)newAssignment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT, null, msgs);
			msgs = basicSetAssignment(newAssignment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT, newAssignment, newAssignment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, FramebenchPackage.ANNOTATION_DOCUMENT__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Feedback> getFeedback() {
		if (feedback == null) {
			feedback = new EObjectContainmentEList<Feedback>(Feedback.class, this, FramebenchPackage.ANNOTATION_DOCUMENT__FEEDBACK);
		}
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComparisonNote> getComparisonNotes() {
		if (comparisonNotes == null) {
			comparisonNotes = new EObjectContainmentEList<ComparisonNote>(ComparisonNote.class, this, FramebenchPackage.ANNOTATION_DOCUMENT__COMPARISON_NOTES);
		}
		return comparisonNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReturnedReview getReturnedReview() {
		return returnedReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReturnedReview(ReturnedReview newReturnedReview, NotificationChain msgs) {
		ReturnedReview oldReturnedReview = returnedReview;
		returnedReview = newReturnedReview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW, oldReturnedReview, newReturnedReview);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnedReview(ReturnedReview newReturnedReview) {
		if (newReturnedReview != returnedReview) {
			NotificationChain msgs = null;
			if (returnedReview != null)
				msgs = ((InternalEObject)returnedReview).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW, null, msgs);
			if (newReturnedReview != null)
				msgs = ((InternalEObject)newReturnedReview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW, null, msgs);
			msgs = basicSetReturnedReview(newReturnedReview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW, newReturnedReview, newReturnedReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDismissedSuggestions() {
		if (dismissedSuggestions == null) {
			dismissedSuggestions = new EDataTypeUniqueEList<String>(String.class, this, FramebenchPackage.ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS);
		}
		return dismissedSuggestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT:
				return basicSetAssignment(null, msgs);
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.ANNOTATION_DOCUMENT__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.ANNOTATION_DOCUMENT__FEEDBACK:
				return ((InternalEList<?>)getFeedback()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.ANNOTATION_DOCUMENT__COMPARISON_NOTES:
				return ((InternalEList<?>)getComparisonNotes()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW:
				return basicSetReturnedReview(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.ANNOTATION_DOCUMENT__ID:
				return getId();
			case FramebenchPackage.ANNOTATION_DOCUMENT__FORMAT_VERSION:
				return getFormatVersion();
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_NAME:
				return getAnnotatorName();
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_ID:
				return getAnnotatorId();
			case FramebenchPackage.ANNOTATION_DOCUMENT__ROLE:
				return getRole();
			case FramebenchPackage.ANNOTATION_DOCUMENT__CREATED:
				return getCreated();
			case FramebenchPackage.ANNOTATION_DOCUMENT__MODIFIED:
				return getModified();
			case FramebenchPackage.ANNOTATION_DOCUMENT__TOOL_VERSION:
				return getToolVersion();
			case FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT:
				return getAssignment();
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATIONS:
				return getAnnotations();
			case FramebenchPackage.ANNOTATION_DOCUMENT__LINKS:
				return getLinks();
			case FramebenchPackage.ANNOTATION_DOCUMENT__FEEDBACK:
				return getFeedback();
			case FramebenchPackage.ANNOTATION_DOCUMENT__COMPARISON_NOTES:
				return getComparisonNotes();
			case FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW:
				return getReturnedReview();
			case FramebenchPackage.ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS:
				return getDismissedSuggestions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FramebenchPackage.ANNOTATION_DOCUMENT__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_NAME:
				setAnnotatorName((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_ID:
				setAnnotatorId((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ROLE:
				setRole((Role)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__CREATED:
				setCreated((Date)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__MODIFIED:
				setModified((Date)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__TOOL_VERSION:
				setToolVersion((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT:
				setAssignment((Assignment)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__FEEDBACK:
				getFeedback().clear();
				getFeedback().addAll((Collection<? extends Feedback>)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__COMPARISON_NOTES:
				getComparisonNotes().clear();
				getComparisonNotes().addAll((Collection<? extends ComparisonNote>)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW:
				setReturnedReview((ReturnedReview)newValue);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS:
				getDismissedSuggestions().clear();
				getDismissedSuggestions().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FramebenchPackage.ANNOTATION_DOCUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_NAME:
				setAnnotatorName(ANNOTATOR_NAME_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_ID:
				setAnnotatorId(ANNOTATOR_ID_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__TOOL_VERSION:
				setToolVersion(TOOL_VERSION_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT:
				setAssignment((Assignment)null);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__LINKS:
				getLinks().clear();
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__FEEDBACK:
				getFeedback().clear();
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__COMPARISON_NOTES:
				getComparisonNotes().clear();
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW:
				setReturnedReview((ReturnedReview)null);
				return;
			case FramebenchPackage.ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS:
				getDismissedSuggestions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FramebenchPackage.ANNOTATION_DOCUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.ANNOTATION_DOCUMENT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_NAME:
				return ANNOTATOR_NAME_EDEFAULT == null ? annotatorName != null : !ANNOTATOR_NAME_EDEFAULT.equals(annotatorName);
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATOR_ID:
				return ANNOTATOR_ID_EDEFAULT == null ? annotatorId != null : !ANNOTATOR_ID_EDEFAULT.equals(annotatorId);
			case FramebenchPackage.ANNOTATION_DOCUMENT__ROLE:
				return role != ROLE_EDEFAULT;
			case FramebenchPackage.ANNOTATION_DOCUMENT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case FramebenchPackage.ANNOTATION_DOCUMENT__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case FramebenchPackage.ANNOTATION_DOCUMENT__TOOL_VERSION:
				return TOOL_VERSION_EDEFAULT == null ? toolVersion != null : !TOOL_VERSION_EDEFAULT.equals(toolVersion);
			case FramebenchPackage.ANNOTATION_DOCUMENT__ASSIGNMENT:
				return assignment != null;
			case FramebenchPackage.ANNOTATION_DOCUMENT__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case FramebenchPackage.ANNOTATION_DOCUMENT__LINKS:
				return links != null && !links.isEmpty();
			case FramebenchPackage.ANNOTATION_DOCUMENT__FEEDBACK:
				return feedback != null && !feedback.isEmpty();
			case FramebenchPackage.ANNOTATION_DOCUMENT__COMPARISON_NOTES:
				return comparisonNotes != null && !comparisonNotes.isEmpty();
			case FramebenchPackage.ANNOTATION_DOCUMENT__RETURNED_REVIEW:
				return returnedReview != null;
			case FramebenchPackage.ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS:
				return dismissedSuggestions != null && !dismissedSuggestions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", annotatorName: ");
		result.append(annotatorName);
		result.append(", annotatorId: ");
		result.append(annotatorId);
		result.append(", role: ");
		result.append(role);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", toolVersion: ");
		result.append(toolVersion);
		result.append(", dismissedSuggestions: ");
		result.append(dismissedSuggestions);
		result.append(')');
		return result.toString();
	}

} //AnnotationDocumentImpl
