/**
 */
package org.framebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.LayerWeight#getLayerId <em>Layer Id</em>}</li>
 *   <li>{@link org.framebench.model.LayerWeight#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getLayerWeight()
 * @model
 * @generated
 */
public interface LayerWeight extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Id</em>' attribute.
	 * @see #setLayerId(String)
	 * @see org.framebench.model.FramebenchPackage#getLayerWeight_LayerId()
	 * @model
	 * @generated
	 */
	String getLayerId();

	/**
	 * Sets the value of the '{@link org.framebench.model.LayerWeight#getLayerId <em>Layer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Id</em>' attribute.
	 * @see #getLayerId()
	 * @generated
	 */
	void setLayerId(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.framebench.model.FramebenchPackage#getLayerWeight_Weight()
	 * @model
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.framebench.model.LayerWeight#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // LayerWeight
