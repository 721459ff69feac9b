/**
 */
package org.framebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framebench.model.Annotation;
import org.framebench.model.Code;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.MatchKind;
import org.framebench.model.MatchMark;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Match Mark</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.MatchMarkImpl#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.framebench.model.impl.MatchMarkImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framebench.model.impl.MatchMarkImpl#getOverlap <em>Overlap</em>}</li>
 *   <li>{@link org.framebench.model.impl.MatchMarkImpl#getKeyCode <em>Key Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MatchMarkImpl extends MinimalEObjectImpl.Container implements MatchMark {
	/**
	 * The cached value of the '{@link #getAnnotation() <em>Annotation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotation()
	 * @generated
	 * @ordered
	 */
	protected Annotation annotation;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MatchKind KIND_EDEFAULT = MatchKind.MATCHED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MatchKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverlap() <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlap()
	 * @generated
	 * @ordered
	 */
	protected static final double OVERLAP_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOverlap() <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlap()
	 * @generated
	 * @ordered
	 */
	protected double overlap = OVERLAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyCode() <em>Key Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyCode()
	 * @generated
	 * @ordered
	 */
	protected Code keyCode;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MatchMarkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.MATCH_MARK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation getAnnotation() {
		if (annotation != null && annotation.eIsProxy()) {
			InternalEObject oldAnnotation = (InternalEObject)annotation;
			annotation = (Annotation)eResolveProxy(oldAnnotation);
			if (annotation != oldAnnotation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.MATCH_MARK__ANNOTATION, oldAnnotation, annotation));
			}
		}
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Annotation basicGetAnnotation() {
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotation(Annotation newAnnotation) {
		Annotation oldAnnotation = annotation;
		annotation = newAnnotation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.MATCH_MARK__ANNOTATION, oldAnnotation, annotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MatchKind newKind) {
		MatchKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.MATCH_MARK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOverlap() {
		return overlap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverlap(double newOverlap) {
		double oldOverlap = overlap;
		overlap = newOverlap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.MATCH_MARK__OVERLAP, oldOverlap, overlap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getKeyCode() {
		if (keyCode != null && keyCode.eIsProxy()) {
			InternalEObject oldKeyCode = (InternalEObject)keyCode;
			keyCode = (Code)eResolveProxy(oldKeyCode);
			if (keyCode != oldKeyCode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.MATCH_MARK__KEY_CODE, oldKeyCode, keyCode));
			}
		}
		return keyCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Code basicGetKeyCode() {
		return keyCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyCode(Code newKeyCode) {
		Code oldKeyCode = keyCode;
		keyCode = newKeyCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.MATCH_MARK__KEY_CODE, oldKeyCode, keyCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.MATCH_MARK__ANNOTATION:
				if (resolve) return getAnnotation();
				return basicGetAnnotation();
			case FramebenchPackage.MATCH_MARK__KIND:
				return getKind();
			case FramebenchPackage.MATCH_MARK__OVERLAP:
				return getOverlap();
			case FramebenchPackage.MATCH_MARK__KEY_CODE:
				if (resolve) return getKeyCode();
				return basicGetKeyCode();
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
			case FramebenchPackage.MATCH_MARK__ANNOTATION:
				setAnnotation((Annotation)newValue);
				return;
			case FramebenchPackage.MATCH_MARK__KIND:
				setKind((MatchKind)newValue);
				return;
			case FramebenchPackage.MATCH_MARK__OVERLAP:
				setOverlap((Double)newValue);
				return;
			case FramebenchPackage.MATCH_MARK__KEY_CODE:
				setKeyCode((Code)newValue);
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
			case FramebenchPackage.MATCH_MARK__ANNOTATION:
				setAnnotation((Annotation)null);
				return;
			case FramebenchPackage.MATCH_MARK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FramebenchPackage.MATCH_MARK__OVERLAP:
				setOverlap(OVERLAP_EDEFAULT);
				return;
			case FramebenchPackage.MATCH_MARK__KEY_CODE:
				setKeyCode((Code)null);
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
			case FramebenchPackage.MATCH_MARK__ANNOTATION:
				return annotation != null;
			case FramebenchPackage.MATCH_MARK__KIND:
				return kind != KIND_EDEFAULT;
			case FramebenchPackage.MATCH_MARK__OVERLAP:
				return overlap != OVERLAP_EDEFAULT;
			case FramebenchPackage.MATCH_MARK__KEY_CODE:
				return keyCode != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", overlap: ");
		result.append(overlap);
		result.append(')');
		return result.toString();
	}

} //MatchMarkImpl
