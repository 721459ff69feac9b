/**
 */
package org.framebench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.Feedback#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getAnnotationId <em>Annotation Id</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getText <em>Text</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getScore <em>Score</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}</li>
 *   <li>{@link org.framebench.model.Feedback#getSubmissionId <em>Submission Id</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getFeedback()
 * @model
 * @generated
 */
public interface Feedback extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Annotation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotation</em>' reference.
	 * @see #setAnnotation(Annotation)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_Annotation()
	 * @model
	 * @generated
	 */
	Annotation getAnnotation();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getAnnotation <em>Annotation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotation</em>' reference.
	 * @see #getAnnotation()
	 * @generated
	 */
	void setAnnotation(Annotation value);

	/**
	 * Returns the value of the '<em><b>Annotation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UUID of the annotation commented on; kept as text so feedback in a class review file survives the student's file moving.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotation Id</em>' attribute.
	 * @see #setAnnotationId(String)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_AnnotationId()
	 * @model
	 * @generated
	 */
	String getAnnotationId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getAnnotationId <em>Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotation Id</em>' attribute.
	 * @see #getAnnotationId()
	 * @generated
	 */
	void setAnnotationId(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(Double)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_Score()
	 * @model
	 * @generated
	 */
	Double getScore();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(Double value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Submission Annotator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a class review file: the annotator id of the student whose submission holds the annotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Submission Annotator Id</em>' attribute.
	 * @see #setSubmissionAnnotatorId(String)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_SubmissionAnnotatorId()
	 * @model
	 * @generated
	 */
	String getSubmissionAnnotatorId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submission Annotator Id</em>' attribute.
	 * @see #getSubmissionAnnotatorId()
	 * @generated
	 */
	void setSubmissionAnnotatorId(String value);

	/**
	 * Returns the value of the '<em><b>Submission Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a class review file: the id (UUID) of the annotation document commented on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Submission Id</em>' attribute.
	 * @see #setSubmissionId(String)
	 * @see org.framebench.model.FramebenchPackage#getFeedback_SubmissionId()
	 * @model
	 * @generated
	 */
	String getSubmissionId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Feedback#getSubmissionId <em>Submission Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submission Id</em>' attribute.
	 * @see #getSubmissionId()
	 * @generated
	 */
	void setSubmissionId(String value);

} // Feedback
