/**
 */
package org.framebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getArticle <em>Article</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getEnd <em>End</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getCoveredText <em>Covered Text</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getContextBefore <em>Context Before</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getContextAfter <em>Context After</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getCode <em>Code</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getAttributeValues <em>Attribute Values</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getNote <em>Note</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getModified <em>Modified</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#getRegion <em>Region</em>}</li>
 *   <li>{@link org.framebench.model.Annotation#isFromSuggestion <em>From Suggestion</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getAnnotation()
 * @model
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(Article)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Article()
	 * @model
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getArticle <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Covered Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covered Text</em>' attribute.
	 * @see #setCoveredText(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_CoveredText()
	 * @model
	 * @generated
	 */
	String getCoveredText();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getCoveredText <em>Covered Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covered Text</em>' attribute.
	 * @see #getCoveredText()
	 * @generated
	 */
	void setCoveredText(String value);

	/**
	 * Returns the value of the '<em><b>Context Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context Before</em>' attribute.
	 * @see #setContextBefore(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_ContextBefore()
	 * @model
	 * @generated
	 */
	String getContextBefore();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getContextBefore <em>Context Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Before</em>' attribute.
	 * @see #getContextBefore()
	 * @generated
	 */
	void setContextBefore(String value);

	/**
	 * Returns the value of the '<em><b>Context After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context After</em>' attribute.
	 * @see #setContextAfter(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_ContextAfter()
	 * @model
	 * @generated
	 */
	String getContextAfter();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getContextAfter <em>Context After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context After</em>' attribute.
	 * @see #getContextAfter()
	 * @generated
	 */
	void setContextAfter(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Code()
	 * @model
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Attribute Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Values</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_AttributeValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributeValues();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framebench.model.TextRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text begin and end index into: body (the default, and what every file written before headlines means) or headline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see org.framebench.model.TextRegion
	 * @see #setRegion(TextRegion)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_Region()
	 * @model
	 * @generated
	 */
	TextRegion getRegion();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see org.framebench.model.TextRegion
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(TextRegion value);

	/**
	 * Returns the value of the '<em><b>From Suggestion</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The annotation was accepted from one of the attribution finder's suggestions (its span and code as suggested, maybe edited since). Optional; absent (false): made by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Suggestion</em>' attribute.
	 * @see #setFromSuggestion(boolean)
	 * @see org.framebench.model.FramebenchPackage#getAnnotation_FromSuggestion()
	 * @model default="false"
	 * @generated
	 */
	boolean isFromSuggestion();

	/**
	 * Sets the value of the '{@link org.framebench.model.Annotation#isFromSuggestion <em>From Suggestion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Suggestion</em>' attribute.
	 * @see #isFromSuggestion()
	 * @generated
	 */
	void setFromSuggestion(boolean value);

} // Annotation
