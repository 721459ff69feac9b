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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framebench.model.Adjustment;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.ReviewDocument;
import org.framebench.model.ScoringSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getAssignmentId <em>Assignment Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getFeedback <em>Feedback</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReviewDocumentImpl#getAdjustments <em>Adjustments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewDocumentImpl extends MinimalEObjectImpl.Container implements ReviewDocument {
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
	 * The default value of the '{@link #getAssignmentId() <em>Assignment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignmentId() <em>Assignment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignmentId()
	 * @generated
	 * @ordered
	 */
	protected String assignmentId = ASSIGNMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

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
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected EList<Feedback> feedback;

	/**
	 * The cached value of the '{@link #getScoring() <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected ScoringSettings scoring;

	/**
	 * The cached value of the '{@link #getAdjustments() <em>Adjustments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustments()
	 * @generated
	 * @ordered
	 */
	protected EList<Adjustment> adjustments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.REVIEW_DOCUMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignmentId() {
		return assignmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignmentId(String newAssignmentId) {
		String oldAssignmentId = assignmentId;
		assignmentId = newAssignmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__ASSIGNMENT_ID, oldAssignmentId, assignmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__AUTHOR, oldAuthor, author));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__CREATED, oldCreated, created));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__MODIFIED, oldModified, modified));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__TOOL_VERSION, oldToolVersion, toolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Feedback> getFeedback() {
		if (feedback == null) {
			feedback = new EObjectContainmentEList<Feedback>(Feedback.class, this, FramebenchPackage.REVIEW_DOCUMENT__FEEDBACK);
		}
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringSettings getScoring() {
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScoring(ScoringSettings newScoring, NotificationChain msgs) {
		ScoringSettings oldScoring = scoring;
		scoring = newScoring;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__SCORING, oldScoring, newScoring);
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
	public void setScoring(ScoringSettings newScoring) {
		if (newScoring != scoring) {
			NotificationChain msgs = null;
			if (scoring != null)
				msgs = ((InternalEObject)scoring).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.REVIEW_DOCUMENT__SCORING, null, msgs);
			if (newScoring != null)
				msgs = ((InternalEObject)newScoring).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.REVIEW_DOCUMENT__SCORING, null, msgs);
			msgs = basicSetScoring(newScoring, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.REVIEW_DOCUMENT__SCORING, newScoring, newScoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Adjustment> getAdjustments() {
		if (adjustments == null) {
			adjustments = new EObjectContainmentEList<Adjustment>(Adjustment.class, this, FramebenchPackage.REVIEW_DOCUMENT__ADJUSTMENTS);
		}
		return adjustments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.REVIEW_DOCUMENT__FEEDBACK:
				return ((InternalEList<?>)getFeedback()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.REVIEW_DOCUMENT__SCORING:
				return basicSetScoring(null, msgs);
			case FramebenchPackage.REVIEW_DOCUMENT__ADJUSTMENTS:
				return ((InternalEList<?>)getAdjustments()).basicRemove(otherEnd, msgs);
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
			case FramebenchPackage.REVIEW_DOCUMENT__ID:
				return getId();
			case FramebenchPackage.REVIEW_DOCUMENT__FORMAT_VERSION:
				return getFormatVersion();
			case FramebenchPackage.REVIEW_DOCUMENT__ASSIGNMENT_ID:
				return getAssignmentId();
			case FramebenchPackage.REVIEW_DOCUMENT__AUTHOR:
				return getAuthor();
			case FramebenchPackage.REVIEW_DOCUMENT__CREATED:
				return getCreated();
			case FramebenchPackage.REVIEW_DOCUMENT__MODIFIED:
				return getModified();
			case FramebenchPackage.REVIEW_DOCUMENT__TOOL_VERSION:
				return getToolVersion();
			case FramebenchPackage.REVIEW_DOCUMENT__FEEDBACK:
				return getFeedback();
			case FramebenchPackage.REVIEW_DOCUMENT__SCORING:
				return getScoring();
			case FramebenchPackage.REVIEW_DOCUMENT__ADJUSTMENTS:
				return getAdjustments();
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
			case FramebenchPackage.REVIEW_DOCUMENT__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__ASSIGNMENT_ID:
				setAssignmentId((String)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__CREATED:
				setCreated((Date)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__MODIFIED:
				setModified((Date)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__TOOL_VERSION:
				setToolVersion((String)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__FEEDBACK:
				getFeedback().clear();
				getFeedback().addAll((Collection<? extends Feedback>)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__SCORING:
				setScoring((ScoringSettings)newValue);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__ADJUSTMENTS:
				getAdjustments().clear();
				getAdjustments().addAll((Collection<? extends Adjustment>)newValue);
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
			case FramebenchPackage.REVIEW_DOCUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__ASSIGNMENT_ID:
				setAssignmentId(ASSIGNMENT_ID_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__TOOL_VERSION:
				setToolVersion(TOOL_VERSION_EDEFAULT);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__FEEDBACK:
				getFeedback().clear();
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__SCORING:
				setScoring((ScoringSettings)null);
				return;
			case FramebenchPackage.REVIEW_DOCUMENT__ADJUSTMENTS:
				getAdjustments().clear();
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
			case FramebenchPackage.REVIEW_DOCUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.REVIEW_DOCUMENT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case FramebenchPackage.REVIEW_DOCUMENT__ASSIGNMENT_ID:
				return ASSIGNMENT_ID_EDEFAULT == null ? assignmentId != null : !ASSIGNMENT_ID_EDEFAULT.equals(assignmentId);
			case FramebenchPackage.REVIEW_DOCUMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case FramebenchPackage.REVIEW_DOCUMENT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case FramebenchPackage.REVIEW_DOCUMENT__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case FramebenchPackage.REVIEW_DOCUMENT__TOOL_VERSION:
				return TOOL_VERSION_EDEFAULT == null ? toolVersion != null : !TOOL_VERSION_EDEFAULT.equals(toolVersion);
			case FramebenchPackage.REVIEW_DOCUMENT__FEEDBACK:
				return feedback != null && !feedback.isEmpty();
			case FramebenchPackage.REVIEW_DOCUMENT__SCORING:
				return scoring != null;
			case FramebenchPackage.REVIEW_DOCUMENT__ADJUSTMENTS:
				return adjustments != null && !adjustments.isEmpty();
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
		result.append(", assignmentId: ");
		result.append(assignmentId);
		result.append(", author: ");
		result.append(author);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", toolVersion: ");
		result.append(toolVersion);
		result.append(')');
		return result.toString();
	}

} //ReviewDocumentImpl
