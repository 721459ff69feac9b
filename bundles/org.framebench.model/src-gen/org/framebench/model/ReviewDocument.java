/**
 */
package org.framebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An instructor's review of a class, saved as its own file beside the submissions: feedback on students' annotations is kept here, never written into a student's file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.ReviewDocument#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getAssignmentId <em>Assignment Id</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getModified <em>Modified</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getFeedback <em>Feedback</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.framebench.model.ReviewDocument#getAdjustments <em>Adjustments</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getReviewDocument()
 * @model
 * @generated
 */
public interface ReviewDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Assignment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignment Id</em>' attribute.
	 * @see #setAssignmentId(String)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_AssignmentId()
	 * @model
	 * @generated
	 */
	String getAssignmentId();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getAssignmentId <em>Assignment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignment Id</em>' attribute.
	 * @see #getAssignmentId()
	 * @generated
	 */
	void setAssignmentId(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getCreated <em>Created</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tool Version</em>' attribute.
	 * @see #setToolVersion(String)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_ToolVersion()
	 * @model
	 * @generated
	 */
	String getToolVersion();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getToolVersion <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool Version</em>' attribute.
	 * @see #getToolVersion()
	 * @generated
	 */
	void setToolVersion(String value);

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Feedback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	EList<Feedback> getFeedback();

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scoring options the instructor chose for this class; absent: the defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scoring</em>' containment reference.
	 * @see #setScoring(ScoringSettings)
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Scoring()
	 * @model containment="true"
	 * @generated
	 */
	ScoringSettings getScoring();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReviewDocument#getScoring <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' containment reference.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(ScoringSettings value);

	/**
	 * Returns the value of the '<em><b>Adjustments</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Adjustment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjustments</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getReviewDocument_Adjustments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Adjustment> getAdjustments();

} // ReviewDocument
