/**
 */
package org.framebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Scoring options saved with a class review; an unset value means the default.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.ScoringSettings#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.framebench.model.ScoringSettings#getWrongCodeCredit <em>Wrong Code Credit</em>}</li>
 *   <li>{@link org.framebench.model.ScoringSettings#getDefaultLayerWeight <em>Default Layer Weight</em>}</li>
 *   <li>{@link org.framebench.model.ScoringSettings#getAttributeWeight <em>Attribute Weight</em>}</li>
 *   <li>{@link org.framebench.model.ScoringSettings#getLinkWeight <em>Link Weight</em>}</li>
 *   <li>{@link org.framebench.model.ScoringSettings#getLayerWeights <em>Layer Weights</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getScoringSettings()
 * @model
 * @generated
 */
public interface ScoringSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(Double)
	 * @see org.framebench.model.FramebenchPackage#getScoringSettings_Threshold()
	 * @model
	 * @generated
	 */
	Double getThreshold();

	/**
	 * Sets the value of the '{@link org.framebench.model.ScoringSettings#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(Double value);

	/**
	 * Returns the value of the '<em><b>Wrong Code Credit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wrong Code Credit</em>' attribute.
	 * @see #setWrongCodeCredit(Double)
	 * @see org.framebench.model.FramebenchPackage#getScoringSettings_WrongCodeCredit()
	 * @model
	 * @generated
	 */
	Double getWrongCodeCredit();

	/**
	 * Sets the value of the '{@link org.framebench.model.ScoringSettings#getWrongCodeCredit <em>Wrong Code Credit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wrong Code Credit</em>' attribute.
	 * @see #getWrongCodeCredit()
	 * @generated
	 */
	void setWrongCodeCredit(Double value);

	/**
	 * Returns the value of the '<em><b>Default Layer Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Layer Weight</em>' attribute.
	 * @see #setDefaultLayerWeight(Double)
	 * @see org.framebench.model.FramebenchPackage#getScoringSettings_DefaultLayerWeight()
	 * @model
	 * @generated
	 */
	Double getDefaultLayerWeight();

	/**
	 * Sets the value of the '{@link org.framebench.model.ScoringSettings#getDefaultLayerWeight <em>Default Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Layer Weight</em>' attribute.
	 * @see #getDefaultLayerWeight()
	 * @generated
	 */
	void setDefaultLayerWeight(Double value);

	/**
	 * Returns the value of the '<em><b>Attribute Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Weight</em>' attribute.
	 * @see #setAttributeWeight(Double)
	 * @see org.framebench.model.FramebenchPackage#getScoringSettings_AttributeWeight()
	 * @model
	 * @generated
	 */
	Double getAttributeWeight();

	/**
	 * Sets the value of the '{@link org.framebench.model.ScoringSettings#getAttributeWeight <em>Attribute Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute Weight</em>' attribute.
	 * @see #getAttributeWeight()
	 * @generated
	 */
	void setAttributeWeight(Double value);

	/**
	 * Returns the value of the '<em><b>Link Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link Weight</em>' attribute.
	 * @see #setLinkWeight(Double)
	 * @see org.framebench.model.FramebenchPackage#getScoringSettings_LinkWeight()
	 * @model
	 * @generated
	 */
	Double getLinkWeight();

	/**
	 * Sets the value of the '{@link org.framebench.model.ScoringSettings#getLinkWeight <em>Link Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link Weight</em>' attribute.
	 * @see #getLinkWeight()
	 * @generated
	 */
	void setLinkWeight(Double value);

	/**
	 * Returns the value of the '<em><b>Layer Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.LayerWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Weights</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getScoringSettings_LayerWeights()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayerWeight> getLayerWeights();

} // ScoringSettings
