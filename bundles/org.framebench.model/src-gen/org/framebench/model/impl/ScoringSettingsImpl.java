/**
 */
package org.framebench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framebench.model.FramebenchPackage;
import org.framebench.model.LayerWeight;
import org.framebench.model.ScoringSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.ScoringSettingsImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.framebench.model.impl.ScoringSettingsImpl#getWrongCodeCredit <em>Wrong Code Credit</em>}</li>
 *   <li>{@link org.framebench.model.impl.ScoringSettingsImpl#getDefaultLayerWeight <em>Default Layer Weight</em>}</li>
 *   <li>{@link org.framebench.model.impl.ScoringSettingsImpl#getAttributeWeight <em>Attribute Weight</em>}</li>
 *   <li>{@link org.framebench.model.impl.ScoringSettingsImpl#getLinkWeight <em>Link Weight</em>}</li>
 *   <li>{@link org.framebench.model.impl.ScoringSettingsImpl#getLayerWeights <em>Layer Weights</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringSettingsImpl extends MinimalEObjectImpl.Container implements ScoringSettings {
	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final Double THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected Double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrongCodeCredit() <em>Wrong Code Credit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrongCodeCredit()
	 * @generated
	 * @ordered
	 */
	protected static final Double WRONG_CODE_CREDIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWrongCodeCredit() <em>Wrong Code Credit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrongCodeCredit()
	 * @generated
	 * @ordered
	 */
	protected Double wrongCodeCredit = WRONG_CODE_CREDIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultLayerWeight() <em>Default Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLayerWeight()
	 * @generated
	 * @ordered
	 */
	protected static final Double DEFAULT_LAYER_WEIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultLayerWeight() <em>Default Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLayerWeight()
	 * @generated
	 * @ordered
	 */
	protected Double defaultLayerWeight = DEFAULT_LAYER_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttributeWeight() <em>Attribute Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeWeight()
	 * @generated
	 * @ordered
	 */
	protected static final Double ATTRIBUTE_WEIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttributeWeight() <em>Attribute Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeWeight()
	 * @generated
	 * @ordered
	 */
	protected Double attributeWeight = ATTRIBUTE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinkWeight() <em>Link Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkWeight()
	 * @generated
	 * @ordered
	 */
	protected static final Double LINK_WEIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLinkWeight() <em>Link Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkWeight()
	 * @generated
	 * @ordered
	 */
	protected Double linkWeight = LINK_WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayerWeights() <em>Layer Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<LayerWeight> layerWeights;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.SCORING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(Double newThreshold) {
		Double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.SCORING_SETTINGS__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getWrongCodeCredit() {
		return wrongCodeCredit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrongCodeCredit(Double newWrongCodeCredit) {
		Double oldWrongCodeCredit = wrongCodeCredit;
		wrongCodeCredit = newWrongCodeCredit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.SCORING_SETTINGS__WRONG_CODE_CREDIT, oldWrongCodeCredit, wrongCodeCredit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDefaultLayerWeight() {
		return defaultLayerWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultLayerWeight(Double newDefaultLayerWeight) {
		Double oldDefaultLayerWeight = defaultLayerWeight;
		defaultLayerWeight = newDefaultLayerWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT, oldDefaultLayerWeight, defaultLayerWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAttributeWeight() {
		return attributeWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeWeight(Double newAttributeWeight) {
		Double oldAttributeWeight = attributeWeight;
		attributeWeight = newAttributeWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.SCORING_SETTINGS__ATTRIBUTE_WEIGHT, oldAttributeWeight, attributeWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getLinkWeight() {
		return linkWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkWeight(Double newLinkWeight) {
		Double oldLinkWeight = linkWeight;
		linkWeight = newLinkWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.SCORING_SETTINGS__LINK_WEIGHT, oldLinkWeight, linkWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayerWeight> getLayerWeights() {
		if (layerWeights == null) {
			layerWeights = new EObjectContainmentEList<LayerWeight>(LayerWeight.class, this, FramebenchPackage.SCORING_SETTINGS__LAYER_WEIGHTS);
		}
		return layerWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.SCORING_SETTINGS__LAYER_WEIGHTS:
				return ((InternalEList<?>)getLayerWeights()).basicRemove(otherEnd, msgs);
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
			case FramebenchPackage.SCORING_SETTINGS__THRESHOLD:
				return getThreshold();
			case FramebenchPackage.SCORING_SETTINGS__WRONG_CODE_CREDIT:
				return getWrongCodeCredit();
			case FramebenchPackage.SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT:
				return getDefaultLayerWeight();
			case FramebenchPackage.SCORING_SETTINGS__ATTRIBUTE_WEIGHT:
				return getAttributeWeight();
			case FramebenchPackage.SCORING_SETTINGS__LINK_WEIGHT:
				return getLinkWeight();
			case FramebenchPackage.SCORING_SETTINGS__LAYER_WEIGHTS:
				return getLayerWeights();
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
			case FramebenchPackage.SCORING_SETTINGS__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case FramebenchPackage.SCORING_SETTINGS__WRONG_CODE_CREDIT:
				setWrongCodeCredit((Double)newValue);
				return;
			case FramebenchPackage.SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT:
				setDefaultLayerWeight((Double)newValue);
				return;
			case FramebenchPackage.SCORING_SETTINGS__ATTRIBUTE_WEIGHT:
				setAttributeWeight((Double)newValue);
				return;
			case FramebenchPackage.SCORING_SETTINGS__LINK_WEIGHT:
				setLinkWeight((Double)newValue);
				return;
			case FramebenchPackage.SCORING_SETTINGS__LAYER_WEIGHTS:
				getLayerWeights().clear();
				getLayerWeights().addAll((Collection<? extends LayerWeight>)newValue);
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
			case FramebenchPackage.SCORING_SETTINGS__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case FramebenchPackage.SCORING_SETTINGS__WRONG_CODE_CREDIT:
				setWrongCodeCredit(WRONG_CODE_CREDIT_EDEFAULT);
				return;
			case FramebenchPackage.SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT:
				setDefaultLayerWeight(DEFAULT_LAYER_WEIGHT_EDEFAULT);
				return;
			case FramebenchPackage.SCORING_SETTINGS__ATTRIBUTE_WEIGHT:
				setAttributeWeight(ATTRIBUTE_WEIGHT_EDEFAULT);
				return;
			case FramebenchPackage.SCORING_SETTINGS__LINK_WEIGHT:
				setLinkWeight(LINK_WEIGHT_EDEFAULT);
				return;
			case FramebenchPackage.SCORING_SETTINGS__LAYER_WEIGHTS:
				getLayerWeights().clear();
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
			case FramebenchPackage.SCORING_SETTINGS__THRESHOLD:
				return THRESHOLD_EDEFAULT == null ? threshold != null : !THRESHOLD_EDEFAULT.equals(threshold);
			case FramebenchPackage.SCORING_SETTINGS__WRONG_CODE_CREDIT:
				return WRONG_CODE_CREDIT_EDEFAULT == null ? wrongCodeCredit != null : !WRONG_CODE_CREDIT_EDEFAULT.equals(wrongCodeCredit);
			case FramebenchPackage.SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT:
				return DEFAULT_LAYER_WEIGHT_EDEFAULT == null ? defaultLayerWeight != null : !DEFAULT_LAYER_WEIGHT_EDEFAULT.equals(defaultLayerWeight);
			case FramebenchPackage.SCORING_SETTINGS__ATTRIBUTE_WEIGHT:
				return ATTRIBUTE_WEIGHT_EDEFAULT == null ? attributeWeight != null : !ATTRIBUTE_WEIGHT_EDEFAULT.equals(attributeWeight);
			case FramebenchPackage.SCORING_SETTINGS__LINK_WEIGHT:
				return LINK_WEIGHT_EDEFAULT == null ? linkWeight != null : !LINK_WEIGHT_EDEFAULT.equals(linkWeight);
			case FramebenchPackage.SCORING_SETTINGS__LAYER_WEIGHTS:
				return layerWeights != null && !layerWeights.isEmpty();
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
		result.append(" (threshold: ");
		result.append(threshold);
		result.append(", wrongCodeCredit: ");
		result.append(wrongCodeCredit);
		result.append(", defaultLayerWeight: ");
		result.append(defaultLayerWeight);
		result.append(", attributeWeight: ");
		result.append(attributeWeight);
		result.append(", linkWeight: ");
		result.append(linkWeight);
		result.append(')');
		return result.toString();
	}

} //ScoringSettingsImpl
