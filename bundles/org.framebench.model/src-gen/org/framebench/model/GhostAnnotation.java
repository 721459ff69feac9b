/**
 */
package org.framebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ghost Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key annotation the student missed, shown to them as a ghost: where it is and its code, not editable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.GhostAnnotation#getKeyAnnotationId <em>Key Annotation Id</em>}</li>
 *   <li>{@link org.framebench.model.GhostAnnotation#getArticle <em>Article</em>}</li>
 *   <li>{@link org.framebench.model.GhostAnnotation#getRegion <em>Region</em>}</li>
 *   <li>{@link org.framebench.model.GhostAnnotation#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.framebench.model.GhostAnnotation#getEnd <em>End</em>}</li>
 *   <li>{@link org.framebench.model.GhostAnnotation#getCoveredText <em>Covered Text</em>}</li>
 *   <li>{@link org.framebench.model.GhostAnnotation#getCode <em>Code</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation()
 * @model
 * @generated
 */
public interface GhostAnnotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Key Annotation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Annotation Id</em>' attribute.
	 * @see #setKeyAnnotationId(String)
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_KeyAnnotationId()
	 * @model
	 * @generated
	 */
	String getKeyAnnotationId();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getKeyAnnotationId <em>Key Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Annotation Id</em>' attribute.
	 * @see #getKeyAnnotationId()
	 * @generated
	 */
	void setKeyAnnotationId(String value);

	/**
	 * Returns the value of the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' reference.
	 * @see #setArticle(Article)
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_Article()
	 * @model
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getArticle <em>Article</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framebench.model.TextRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see org.framebench.model.TextRegion
	 * @see #setRegion(TextRegion)
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_Region()
	 * @model
	 * @generated
	 */
	TextRegion getRegion();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see org.framebench.model.TextRegion
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(TextRegion value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getBegin <em>Begin</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getEnd <em>End</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_CoveredText()
	 * @model
	 * @generated
	 */
	String getCoveredText();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getCoveredText <em>Covered Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covered Text</em>' attribute.
	 * @see #getCoveredText()
	 * @generated
	 */
	void setCoveredText(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.framebench.model.FramebenchPackage#getGhostAnnotation_Code()
	 * @model
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.framebench.model.GhostAnnotation#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

} // GhostAnnotation
