/**
 */
package org.framebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Match Mark</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one of the student's annotations fared against the key.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.MatchMark#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.framebench.model.MatchMark#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framebench.model.MatchMark#getOverlap <em>Overlap</em>}</li>
 *   <li>{@link org.framebench.model.MatchMark#getKeyCode <em>Key Code</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getMatchMark()
 * @model
 * @generated
 */
public interface MatchMark extends EObject {
	/**
	 * Returns the value of the '<em><b>Annotation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotation</em>' reference.
	 * @see #setAnnotation(Annotation)
	 * @see org.framebench.model.FramebenchPackage#getMatchMark_Annotation()
	 * @model
	 * @generated
	 */
	Annotation getAnnotation();

	/**
	 * Sets the value of the '{@link org.framebench.model.MatchMark#getAnnotation <em>Annotation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotation</em>' reference.
	 * @see #getAnnotation()
	 * @generated
	 */
	void setAnnotation(Annotation value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framebench.model.MatchKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framebench.model.MatchKind
	 * @see #setKind(MatchKind)
	 * @see org.framebench.model.FramebenchPackage#getMatchMark_Kind()
	 * @model
	 * @generated
	 */
	MatchKind getKind();

	/**
	 * Sets the value of the '{@link org.framebench.model.MatchMark#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framebench.model.MatchKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MatchKind value);

	/**
	 * Returns the value of the '<em><b>Overlap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlap</em>' attribute.
	 * @see #setOverlap(double)
	 * @see org.framebench.model.FramebenchPackage#getMatchMark_Overlap()
	 * @model
	 * @generated
	 */
	double getOverlap();

	/**
	 * Sets the value of the '{@link org.framebench.model.MatchMark#getOverlap <em>Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlap</em>' attribute.
	 * @see #getOverlap()
	 * @generated
	 */
	void setOverlap(double value);

	/**
	 * Returns the value of the '<em><b>Key Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a partial match or a wrong code: the code the key gives that stretch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Code</em>' reference.
	 * @see #setKeyCode(Code)
	 * @see org.framebench.model.FramebenchPackage#getMatchMark_KeyCode()
	 * @model
	 * @generated
	 */
	Code getKeyCode();

	/**
	 * Sets the value of the '{@link org.framebench.model.MatchMark#getKeyCode <em>Key Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Code</em>' reference.
	 * @see #getKeyCode()
	 * @generated
	 */
	void setKeyCode(Code value);

} // MatchMark
