/**
 */
package org.framebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Returned Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a student gets back with their own file: their feedback, their score terms and grade (the grade book's arithmetic), how each of their annotations fared against the key, and the key annotations they missed. Nothing of any other student.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.ReturnedReview#getReturned <em>Returned</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getScore <em>Score</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getFeedbackPoints <em>Feedback Points</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getAdjustment <em>Adjustment</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getAdjustmentReason <em>Adjustment Reason</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getMarks <em>Marks</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getGhosts <em>Ghosts</em>}</li>
 *   <li>{@link org.framebench.model.ReturnedReview#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getReturnedReview()
 * @model
 * @generated
 */
public interface ReturnedReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Returned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returned</em>' attribute.
	 * @see #setReturned(Date)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Returned()
	 * @model
	 * @generated
	 */
	Date getReturned();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getReturned <em>Returned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned</em>' attribute.
	 * @see #getReturned()
	 * @generated
	 */
	void setReturned(Date value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score against the key, 0 to 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Feedback Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback Points</em>' attribute.
	 * @see #setFeedbackPoints(double)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_FeedbackPoints()
	 * @model
	 * @generated
	 */
	double getFeedbackPoints();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getFeedbackPoints <em>Feedback Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback Points</em>' attribute.
	 * @see #getFeedbackPoints()
	 * @generated
	 */
	void setFeedbackPoints(double value);

	/**
	 * Returns the value of the '<em><b>Adjustment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjustment</em>' attribute.
	 * @see #setAdjustment(double)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Adjustment()
	 * @model
	 * @generated
	 */
	double getAdjustment();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getAdjustment <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjustment</em>' attribute.
	 * @see #getAdjustment()
	 * @generated
	 */
	void setAdjustment(double value);

	/**
	 * Returns the value of the '<em><b>Adjustment Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjustment Reason</em>' attribute.
	 * @see #setAdjustmentReason(String)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_AdjustmentReason()
	 * @model
	 * @generated
	 */
	String getAdjustmentReason();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getAdjustmentReason <em>Adjustment Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjustment Reason</em>' attribute.
	 * @see #getAdjustmentReason()
	 * @generated
	 */
	void setAdjustmentReason(String value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * score + feedback points + adjustment, kept within 0 and 100, as in the grade book.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see #setGrade(double)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Grade()
	 * @model
	 * @generated
	 */
	double getGrade();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(double value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.framebench.model.ReturnedReview#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.ReturnedTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Terms()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReturnedTerm> getTerms();

	/**
	 * Returns the value of the '<em><b>Marks</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.MatchMark}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Marks</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Marks()
	 * @model containment="true"
	 * @generated
	 */
	EList<MatchMark> getMarks();

	/**
	 * Returns the value of the '<em><b>Ghosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.GhostAnnotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ghosts</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Ghosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<GhostAnnotation> getGhosts();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Feedback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Feedback on this document only: on one of its annotations (annotation set), on a missed key annotation (annotationId is the ghost's keyAnnotationId) or on the whole submission (no annotationId).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getReturnedReview_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	EList<Feedback> getFeedback();

} // ReturnedReview
