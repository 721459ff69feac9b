/**
 */
package org.framebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.Code#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.Code#getLabel <em>Label</em>}</li>
 *   <li>{@link org.framebench.model.Code#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.framebench.model.Code#getExample <em>Example</em>}</li>
 *   <li>{@link org.framebench.model.Code#getExampleSource <em>Example Source</em>}</li>
 *   <li>{@link org.framebench.model.Code#getColour <em>Colour</em>}</li>
 *   <li>{@link org.framebench.model.Code#getShortcutKey <em>Shortcut Key</em>}</li>
 *   <li>{@link org.framebench.model.Code#getReferences <em>References</em>}</li>
 *   <li>{@link org.framebench.model.Code#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.framebench.model.Code#getLayer <em>Layer</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getCode()
 * @model
 * @generated
 */
public interface Code extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getCode_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getId <em>Id</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getCode_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.framebench.model.FramebenchPackage#getCode_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(String)
	 * @see org.framebench.model.FramebenchPackage#getCode_Example()
	 * @model
	 * @generated
	 */
	String getExample();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #getExample()
	 * @generated
	 */
	void setExample(String value);

	/**
	 * Returns the value of the '<em><b>Example Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example Source</em>' attribute.
	 * @see #setExampleSource(String)
	 * @see org.framebench.model.FramebenchPackage#getCode_ExampleSource()
	 * @model
	 * @generated
	 */
	String getExampleSource();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getExampleSource <em>Example Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example Source</em>' attribute.
	 * @see #getExampleSource()
	 * @generated
	 */
	void setExampleSource(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.framebench.model.FramebenchPackage#getCode_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Shortcut Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One character pressed in the article editor to apply this code to the selection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shortcut Key</em>' attribute.
	 * @see #setShortcutKey(String)
	 * @see org.framebench.model.FramebenchPackage#getCode_ShortcutKey()
	 * @model
	 * @generated
	 */
	String getShortcutKey();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getShortcutKey <em>Shortcut Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shortcut Key</em>' attribute.
	 * @see #getShortcutKey()
	 * @generated
	 */
	void setShortcutKey(String value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' attribute list.
	 * @see org.framebench.model.FramebenchPackage#getCode_References()
	 * @model
	 * @generated
	 */
	EList<String> getReferences();

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getCode_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributes();

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.framebench.model.Layer#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' container reference.
	 * @see #setLayer(Layer)
	 * @see org.framebench.model.FramebenchPackage#getCode_Layer()
	 * @see org.framebench.model.Layer#getCodes
	 * @model opposite="codes"
	 * @generated
	 */
	Layer getLayer();

	/**
	 * Sets the value of the '{@link org.framebench.model.Code#getLayer <em>Layer</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' container reference.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(Layer value);

} // Code
