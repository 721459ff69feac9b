/**
 */
package org.framebench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adjustment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Points an instructor adds to (or takes from) one submission's total, with the reason shown to the student.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.Adjustment#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.Adjustment#getSubmissionId <em>Submission Id</em>}</li>
 *   <li>{@link org.framebench.model.Adjustment#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}</li>
 *   <li>{@link org.framebench.model.Adjustment#getPoints <em>Points</em>}</li>
 *   <li>{@link org.framebench.model.Adjustment#getReason <em>Reason</em>}</li>
 *   <li>{@link org.framebench.model.Adjustment#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.Adjustment#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getAdjustment()
 * @model
 * @generated
 */
public interface Adjustment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Submission Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id (UUID) of the annotation document adjusted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Submission Id</em>' attribute.
	 * @see #setSubmissionId(String)
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_SubmissionId()
	 * @model
	 * @generated
	 */
	String getSubmissionId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getSubmissionId <em>Submission Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submission Id</em>' attribute.
	 * @see #getSubmissionId()
	 * @generated
	 */
	void setSubmissionId(String value);

	/**
	 * Returns the value of the '<em><b>Submission Annotator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submission Annotator Id</em>' attribute.
	 * @see #setSubmissionAnnotatorId(String)
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_SubmissionAnnotatorId()
	 * @model
	 * @generated
	 */
	String getSubmissionAnnotatorId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submission Annotator Id</em>' attribute.
	 * @see #getSubmissionAnnotatorId()
	 * @generated
	 */
	void setSubmissionAnnotatorId(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double)
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_Points()
	 * @model
	 * @generated
	 */
	double getPoints();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getAuthor <em>Author</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getAdjustment_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.framebench.model.Adjustment#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // Adjustment
