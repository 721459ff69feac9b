/**
 */
package org.framebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.TextRegion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ghost Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getKeyAnnotationId <em>Key Annotation Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getCoveredText <em>Covered Text</em>}</li>
 *   <li>{@link org.framebench.model.impl.GhostAnnotationImpl#getCode <em>Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GhostAnnotationImpl extends MinimalEObjectImpl.Container implements GhostAnnotation {
	/**
	 * The default value of the '{@link #getKeyAnnotationId() <em>Key Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAnnotationId()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_ANNOTATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyAnnotationId() <em>Key Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAnnotationId()
	 * @generated
	 * @ordered
	 */
	protected String keyAnnotationId = KEY_ANNOTATION_ID_EDEFAULT;

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
	 * The cached value of the '{@link #getCode() <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected Code code;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GhostAnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.GHOST_ANNOTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyAnnotationId() {
		return keyAnnotationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyAnnotationId(String newKeyAnnotationId) {
		String oldKeyAnnotationId = keyAnnotationId;
		keyAnnotationId = newKeyAnnotationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__KEY_ANNOTATION_ID, oldKeyAnnotationId, keyAnnotationId));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.GHOST_ANNOTATION__ARTICLE, oldArticle, article));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__ARTICLE, oldArticle, article));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__BEGIN, oldBegin, begin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__END, oldEnd, end));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__COVERED_TEXT, oldCoveredText, coveredText));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.GHOST_ANNOTATION__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.GHOST_ANNOTATION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.GHOST_ANNOTATION__KEY_ANNOTATION_ID:
				return getKeyAnnotationId();
			case FramebenchPackage.GHOST_ANNOTATION__ARTICLE:
				if (resolve) return getArticle();
				return basicGetArticle();
			case FramebenchPackage.GHOST_ANNOTATION__REGION:
				return getRegion();
			case FramebenchPackage.GHOST_ANNOTATION__BEGIN:
				return getBegin();
			case FramebenchPackage.GHOST_ANNOTATION__END:
				return getEnd();
			case FramebenchPackage.GHOST_ANNOTATION__COVERED_TEXT:
				return getCoveredText();
			case FramebenchPackage.GHOST_ANNOTATION__CODE:
				if (resolve) return getCode();
				return basicGetCode();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FramebenchPackage.GHOST_ANNOTATION__KEY_ANNOTATION_ID:
				setKeyAnnotationId((String)newValue);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__ARTICLE:
				setArticle((Article)newValue);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__REGION:
				setRegion((TextRegion)newValue);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__BEGIN:
				setBegin((Integer)newValue);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__END:
				setEnd((Integer)newValue);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__COVERED_TEXT:
				setCoveredText((String)newValue);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__CODE:
				setCode((Code)newValue);
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
			case FramebenchPackage.GHOST_ANNOTATION__KEY_ANNOTATION_ID:
				setKeyAnnotationId(KEY_ANNOTATION_ID_EDEFAULT);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__ARTICLE:
				setArticle((Article)null);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__END:
				setEnd(END_EDEFAULT);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__COVERED_TEXT:
				setCoveredText(COVERED_TEXT_EDEFAULT);
				return;
			case FramebenchPackage.GHOST_ANNOTATION__CODE:
				setCode((Code)null);
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
			case FramebenchPackage.GHOST_ANNOTATION__KEY_ANNOTATION_ID:
				return KEY_ANNOTATION_ID_EDEFAULT == null ? keyAnnotationId != null : !KEY_ANNOTATION_ID_EDEFAULT.equals(keyAnnotationId);
			case FramebenchPackage.GHOST_ANNOTATION__ARTICLE:
				return article != null;
			case FramebenchPackage.GHOST_ANNOTATION__REGION:
				return region != REGION_EDEFAULT;
			case FramebenchPackage.GHOST_ANNOTATION__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case FramebenchPackage.GHOST_ANNOTATION__END:
				return end != END_EDEFAULT;
			case FramebenchPackage.GHOST_ANNOTATION__COVERED_TEXT:
				return COVERED_TEXT_EDEFAULT == null ? coveredText != null : !COVERED_TEXT_EDEFAULT.equals(coveredText);
			case FramebenchPackage.GHOST_ANNOTATION__CODE:
				return code != null;
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
		result.append(" (keyAnnotationId: ");
		result.append(keyAnnotationId);
		result.append(", region: ");
		result.append(region);
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", coveredText: ");
		result.append(coveredText);
		result.append(')');
		return result.toString();
	}

} //GhostAnnotationImpl
