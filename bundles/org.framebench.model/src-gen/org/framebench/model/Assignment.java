/**
 */
package org.framebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.Assignment#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.Assignment#getTitle <em>Title</em>}</li>
 *   <li>{@link org.framebench.model.Assignment#getVersion <em>Version</em>}</li>
 *   <li>{@link org.framebench.model.Assignment#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.framebench.model.Assignment#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.framebench.model.Assignment#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link org.framebench.model.Assignment#isSuggestionsForStudents <em>Suggestions For Students</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getAssignment()
 * @model
 * @generated
 */
public interface Assignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getAssignment_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Assignment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.framebench.model.FramebenchPackage#getAssignment_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.framebench.model.Assignment#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.framebench.model.FramebenchPackage#getAssignment_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.framebench.model.Assignment#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.framebench.model.FramebenchPackage#getAssignment_Instructions()
	 * @model
	 * @generated
	 */
	String getInstructions();

	/**
	 * Sets the value of the '{@link org.framebench.model.Assignment#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(String value);

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Article}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getAssignment_Articles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Article> getArticles();

	/**
	 * Returns the value of the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebook</em>' containment reference.
	 * @see #setCodebook(Codebook)
	 * @see org.framebench.model.FramebenchPackage#getAssignment_Codebook()
	 * @model containment="true"
	 * @generated
	 */
	Codebook getCodebook();

	/**
	 * Sets the value of the '{@link org.framebench.model.Assignment#getCodebook <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codebook</em>' containment reference.
	 * @see #getCodebook()
	 * @generated
	 */
	void setCodebook(Codebook value);

	/**
	 * Returns the value of the '<em><b>Suggestions For Students</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instructor lets students see the attribution finder's suggestions as hints in the editor. Optional; absent (false) in files written before suggestions: students see none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suggestions For Students</em>' attribute.
	 * @see #setSuggestionsForStudents(boolean)
	 * @see org.framebench.model.FramebenchPackage#getAssignment_SuggestionsForStudents()
	 * @model default="false"
	 * @generated
	 */
	boolean isSuggestionsForStudents();

	/**
	 * Sets the value of the '{@link org.framebench.model.Assignment#isSuggestionsForStudents <em>Suggestions For Students</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suggestions For Students</em>' attribute.
	 * @see #isSuggestionsForStudents()
	 * @generated
	 */
	void setSuggestionsForStudents(boolean value);

} // Assignment
