/**
 */
package org.framebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribute Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.AttributeDefinition#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.AttributeDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link org.framebench.model.AttributeDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link org.framebench.model.AttributeDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framebench.model.AttributeDefinition#getAllowedValues <em>Allowed Values</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getAttributeDefinition()
 * @model
 * @generated
 */
public interface AttributeDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getAttributeDefinition_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.AttributeDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.framebench.model.FramebenchPackage#getAttributeDefinition_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.framebench.model.AttributeDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.framebench.model.FramebenchPackage#getAttributeDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.framebench.model.AttributeDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framebench.model.AttributeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framebench.model.AttributeKind
	 * @see #setKind(AttributeKind)
	 * @see org.framebench.model.FramebenchPackage#getAttributeDefinition_Kind()
	 * @model
	 * @generated
	 */
	AttributeKind getKind();

	/**
	 * Sets the value of the '{@link org.framebench.model.AttributeDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framebench.model.AttributeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AttributeKind value);

	/**
	 * Returns the value of the '<em><b>Allowed Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Values</em>' attribute list.
	 * @see org.framebench.model.FramebenchPackage#getAttributeDefinition_AllowedValues()
	 * @model
	 * @generated
	 */
	EList<String> getAllowedValues();

} // AttributeDefinition
