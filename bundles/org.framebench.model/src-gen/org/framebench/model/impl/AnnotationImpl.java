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

import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.TextRegion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getCoveredText <em>Covered Text</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getContextBefore <em>Context Before</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getContextAfter <em>Context After</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getAttributeValues <em>Attribute Values</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.framebench.model.impl.AnnotationImpl#isFromSuggestion <em>From Suggestion</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationImpl extends MinimalEObjectImpl.Container implements Annotation {
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
	 * The cached value of the '{@link #getArticle() <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle()
	 * @generated
	 * @ordered
	 */
	protected Article article;

	/**
	 * The default value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected int begin = BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoveredText() <em>Covered Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoveredText()
	 * @generated
	 * @ordered
	 */
	protected static final String COVERED_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoveredText() <em>Covered Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoveredText()
	 * @generated
	 * @ordered
	 */
	protected String coveredText = COVERED_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextBefore() <em>Context Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextBefore()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContextBefore() <em>Context Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextBefore()
	 * @generated
	 * @ordered
	 */
	protected String contextBefore = CONTEXT_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextAfter() <em>Context After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextAfter()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContextAfter() <em>Context After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextAfter()
	 * @generated
	 * @ordered
	 */
	protected String contextAfter = CONTEXT_AFTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected Code code;

	/**
	 * The cached value of the '{@link #getAttributeValues() <em>Attribute Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeValues()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> attributeValues;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

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
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final TextRegion REGION_EDEFAULT = TextRegion.BODY;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected TextRegion region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #isFromSuggestion() <em>From Suggestion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFromSuggestion()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FROM_SUGGESTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFromSuggestion() <em>From Suggestion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFromSuggestion()
	 * @generated
	 * @ordered
	 */
	protected boolean fromSuggestion = FROM_SUGGESTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.ANNOTATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article getArticle() {
		if (article != null && article.eIsProxy()) {
			InternalEObject oldArticle = (InternalEObject)article;
			article = (Article)eResolveProxy(oldArticle);
			if (article != oldArticle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.ANNOTATION__ARTICLE, oldArticle, article));
			}
		}
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Article basicGetArticle() {
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(Article newArticle) {
		Article oldArticle = article;
		article = newArticle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__ARTICLE, oldArticle, article));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBegin() {
		return begin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBegin(int newBegin) {
		int oldBegin = begin;
		begin = newBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__BEGIN, oldBegin, begin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCoveredText() {
		return coveredText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoveredText(String newCoveredText) {
		String oldCoveredText = coveredText;
		coveredText = newCoveredText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__COVERED_TEXT, oldCoveredText, coveredText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContextBefore() {
		return contextBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextBefore(String newContextBefore) {
		String oldContextBefore = contextBefore;
		contextBefore = newContextBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__CONTEXT_BEFORE, oldContextBefore, contextBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContextAfter() {
		return contextAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextAfter(String newContextAfter) {
		String oldContextAfter = contextAfter;
		contextAfter = newContextAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__CONTEXT_AFTER, oldContextAfter, contextAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getCode() {
		if (code != null && code.eIsProxy()) {
			InternalEObject oldCode = (InternalEObject)code;
			code = (Code)eResolveProxy(oldCode);
			if (code != oldCode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.ANNOTATION__CODE, oldCode, code));
			}
		}
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Code basicGetCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(Code newCode) {
		Code oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getAttributeValues() {
		if (attributeValues == null) {
			attributeValues = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, FramebenchPackage.ANNOTATION__ATTRIBUTE_VALUES);
		}
		return attributeValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__NOTE, oldNote, note));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__CREATED, oldCreated, created));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextRegion getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(TextRegion newRegion) {
		TextRegion oldRegion = region;
		region = newRegion == null ? REGION_EDEFAULT : newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFromSuggestion() {
		return fromSuggestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromSuggestion(boolean newFromSuggestion) {
		boolean oldFromSuggestion = fromSuggestion;
		fromSuggestion = newFromSuggestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ANNOTATION__FROM_SUGGESTION, oldFromSuggestion, fromSuggestion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.ANNOTATION__ATTRIBUTE_VALUES:
				return ((InternalEList<?>)getAttributeValues()).basicRemove(otherEnd, msgs);
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
			case FramebenchPackage.ANNOTATION__ID:
				return getId();
			case FramebenchPackage.ANNOTATION__ARTICLE:
				if (resolve) return getArticle();
				return basicGetArticle();
			case FramebenchPackage.ANNOTATION__BEGIN:
				return getBegin();
			case FramebenchPackage.ANNOTATION__END:
				return getEnd();
			case FramebenchPackage.ANNOTATION__COVERED_TEXT:
				return getCoveredText();
			case FramebenchPackage.ANNOTATION__CONTEXT_BEFORE:
				return getContextBefore();
			case FramebenchPackage.ANNOTATION__CONTEXT_AFTER:
				return getContextAfter();
			case FramebenchPackage.ANNOTATION__CODE:
				if (resolve) return getCode();
				return basicGetCode();
			case FramebenchPackage.ANNOTATION__ATTRIBUTE_VALUES:
				return getAttributeValues();
			case FramebenchPackage.ANNOTATION__NOTE:
				return getNote();
			case FramebenchPackage.ANNOTATION__CREATED:
				return getCreated();
			case FramebenchPackage.ANNOTATION__MODIFIED:
				return getModified();
			case FramebenchPackage.ANNOTATION__REGION:
				return getRegion();
			case FramebenchPackage.ANNOTATION__FROM_SUGGESTION:
				return isFromSuggestion();
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
			case FramebenchPackage.ANNOTATION__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION__ARTICLE:
				setArticle((Article)newValue);
				return;
			case FramebenchPackage.ANNOTATION__BEGIN:
				setBegin((Integer)newValue);
				return;
			case FramebenchPackage.ANNOTATION__END:
				setEnd((Integer)newValue);
				return;
			case FramebenchPackage.ANNOTATION__COVERED_TEXT:
				setCoveredText((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION__CONTEXT_BEFORE:
				setContextBefore((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION__CONTEXT_AFTER:
				setContextAfter((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION__CODE:
				setCode((Code)newValue);
				return;
			case FramebenchPackage.ANNOTATION__ATTRIBUTE_VALUES:
				getAttributeValues().clear();
				getAttributeValues().addAll((Collection<? extends AttributeValue>)newValue);
				return;
			case FramebenchPackage.ANNOTATION__NOTE:
				setNote((String)newValue);
				return;
			case FramebenchPackage.ANNOTATION__CREATED:
				setCreated((Date)newValue);
				return;
			case FramebenchPackage.ANNOTATION__MODIFIED:
				setModified((Date)newValue);
				return;
			case FramebenchPackage.ANNOTATION__REGION:
				setRegion((TextRegion)newValue);
				return;
			case FramebenchPackage.ANNOTATION__FROM_SUGGESTION:
				setFromSuggestion((Boolean)newValue);
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
			case FramebenchPackage.ANNOTATION__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__ARTICLE:
				setArticle((Article)null);
				return;
			case FramebenchPackage.ANNOTATION__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__END:
				setEnd(END_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__COVERED_TEXT:
				setCoveredText(COVERED_TEXT_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__CONTEXT_BEFORE:
				setContextBefore(CONTEXT_BEFORE_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__CONTEXT_AFTER:
				setContextAfter(CONTEXT_AFTER_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__CODE:
				setCode((Code)null);
				return;
			case FramebenchPackage.ANNOTATION__ATTRIBUTE_VALUES:
				getAttributeValues().clear();
				return;
			case FramebenchPackage.ANNOTATION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case FramebenchPackage.ANNOTATION__FROM_SUGGESTION:
				setFromSuggestion(FROM_SUGGESTION_EDEFAULT);
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
			case FramebenchPackage.ANNOTATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.ANNOTATION__ARTICLE:
				return article != null;
			case FramebenchPackage.ANNOTATION__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case FramebenchPackage.ANNOTATION__END:
				return end != END_EDEFAULT;
			case FramebenchPackage.ANNOTATION__COVERED_TEXT:
				return COVERED_TEXT_EDEFAULT == null ? coveredText != null : !COVERED_TEXT_EDEFAULT.equals(coveredText);
			case FramebenchPackage.ANNOTATION__CONTEXT_BEFORE:
				return CONTEXT_BEFORE_EDEFAULT == null ? contextBefore != null : !CONTEXT_BEFORE_EDEFAULT.equals(contextBefore);
			case FramebenchPackage.ANNOTATION__CONTEXT_AFTER:
				return CONTEXT_AFTER_EDEFAULT == null ? contextAfter != null : !CONTEXT_AFTER_EDEFAULT.equals(contextAfter);
			case FramebenchPackage.ANNOTATION__CODE:
				return code != null;
			case FramebenchPackage.ANNOTATION__ATTRIBUTE_VALUES:
				return attributeValues != null && !attributeValues.isEmpty();
			case FramebenchPackage.ANNOTATION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case FramebenchPackage.ANNOTATION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case FramebenchPackage.ANNOTATION__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case FramebenchPackage.ANNOTATION__REGION:
				return region != REGION_EDEFAULT;
			case FramebenchPackage.ANNOTATION__FROM_SUGGESTION:
				return fromSuggestion != FROM_SUGGESTION_EDEFAULT;
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
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", coveredText: ");
		result.append(coveredText);
		result.append(", contextBefore: ");
		result.append(contextBefore);
		result.append(", contextAfter: ");
		result.append(contextAfter);
		result.append(", note: ");
		result.append(note);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", region: ");
		result.append(region);
		result.append(", fromSuggestion: ");
		result.append(fromSuggestion);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
