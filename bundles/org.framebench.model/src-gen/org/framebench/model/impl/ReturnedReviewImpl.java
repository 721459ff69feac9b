/**
 */
package org.framebench.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framebench.model.Feedback;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.MatchMark;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReturnedTerm;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Returned Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getReturned <em>Returned</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getFeedbackPoints <em>Feedback Points</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getAdjustment <em>Adjustment</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getAdjustmentReason <em>Adjustment Reason</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getMarks <em>Marks</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getGhosts <em>Ghosts</em>}</li>
 *   <li>{@link org.framebench.model.impl.ReturnedReviewImpl#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReturnedReviewImpl extends MinimalEObjectImpl.Container implements ReturnedReview {
	/**
	 * The default value of the '{@link #getReturned() <em>Returned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturned()
	 * @generated
	 * @ordered
	 */
	protected static final Date RETURNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturned() <em>Returned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturned()
	 * @generated
	 * @ordered
	 */
	protected Date returned = RETURNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeedbackPoints() <em>Feedback Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double FEEDBACK_POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFeedbackPoints() <em>Feedback Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackPoints()
	 * @generated
	 * @ordered
	 */
	protected double feedbackPoints = FEEDBACK_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustment() <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected static final double ADJUSTMENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAdjustment() <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected double adjustment = ADJUSTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustmentReason() <em>Adjustment Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustmentReason()
	 * @generated
	 * @ordered
	 */
	protected static final String ADJUSTMENT_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustmentReason() <em>Adjustment Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustmentReason()
	 * @generated
	 * @ordered
	 */
	protected String adjustmentReason = ADJUSTMENT_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final double GRADE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected double grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTerms() <em>Terms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<ReturnedTerm> terms;

	/**
	 * The cached value of the '{@link #getMarks() <em>Marks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarks()
	 * @generated
	 * @ordered
	 */
	protected EList<MatchMark> marks;

	/**
	 * The cached value of the '{@link #getGhosts() <em>Ghosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGhosts()
	 * @generated
	 * @ordered
	 */
	protected EList<GhostAnnotation> ghosts;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected EList<Feedback> feedback;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReturnedReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.RETURNED_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReturned() {
		return returned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturned(Date newReturned) {
		Date oldReturned = returned;
		returned = newReturned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__RETURNED, oldReturned, returned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFeedbackPoints() {
		return feedbackPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedbackPoints(double newFeedbackPoints) {
		double oldFeedbackPoints = feedbackPoints;
		feedbackPoints = newFeedbackPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__FEEDBACK_POINTS, oldFeedbackPoints, feedbackPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdjustment() {
		return adjustment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustment(double newAdjustment) {
		double oldAdjustment = adjustment;
		adjustment = newAdjustment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT, oldAdjustment, adjustment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdjustmentReason() {
		return adjustmentReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustmentReason(String newAdjustmentReason) {
		String oldAdjustmentReason = adjustmentReason;
		adjustmentReason = newAdjustmentReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT_REASON, oldAdjustmentReason, adjustmentReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(double newGrade) {
		double oldGrade = grade;
		grade = newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.RETURNED_REVIEW__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReturnedTerm> getTerms() {
		if (terms == null) {
			terms = new EObjectContainmentEList<ReturnedTerm>(ReturnedTerm.class, this, FramebenchPackage.RETURNED_REVIEW__TERMS);
		}
		return terms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatchMark> getMarks() {
		if (marks == null) {
			marks = new EObjectContainmentEList<MatchMark>(MatchMark.class, this, FramebenchPackage.RETURNED_REVIEW__MARKS);
		}
		return marks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GhostAnnotation> getGhosts() {
		if (ghosts == null) {
			ghosts = new EObjectContainmentEList<GhostAnnotation>(GhostAnnotation.class, this, FramebenchPackage.RETURNED_REVIEW__GHOSTS);
		}
		return ghosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Feedback> getFeedback() {
		if (feedback == null) {
			feedback = new EObjectContainmentEList<Feedback>(Feedback.class, this, FramebenchPackage.RETURNED_REVIEW__FEEDBACK);
		}
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.RETURNED_REVIEW__TERMS:
				return ((InternalEList<?>)getTerms()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.RETURNED_REVIEW__MARKS:
				return ((InternalEList<?>)getMarks()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.RETURNED_REVIEW__GHOSTS:
				return ((InternalEList<?>)getGhosts()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK:
				return ((InternalEList<?>)getFeedback()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.RETURNED_REVIEW__RETURNED:
				return getReturned();
			case FramebenchPackage.RETURNED_REVIEW__AUTHOR:
				return getAuthor();
			case FramebenchPackage.RETURNED_REVIEW__SCORE:
				return getScore();
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK_POINTS:
				return getFeedbackPoints();
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT:
				return getAdjustment();
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT_REASON:
				return getAdjustmentReason();
			case FramebenchPackage.RETURNED_REVIEW__GRADE:
				return getGrade();
			case FramebenchPackage.RETURNED_REVIEW__EXPLANATION:
				return getExplanation();
			case FramebenchPackage.RETURNED_REVIEW__TERMS:
				return getTerms();
			case FramebenchPackage.RETURNED_REVIEW__MARKS:
				return getMarks();
			case FramebenchPackage.RETURNED_REVIEW__GHOSTS:
				return getGhosts();
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK:
				return getFeedback();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FramebenchPackage.RETURNED_REVIEW__RETURNED:
				setReturned((Date)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__AUTHOR:
				setAuthor((String)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__SCORE:
				setScore((Double)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK_POINTS:
				setFeedbackPoints((Double)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT:
				setAdjustment((Double)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT_REASON:
				setAdjustmentReason((String)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__GRADE:
				setGrade((Double)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__TERMS:
				getTerms().clear();
				getTerms().addAll((Collection<? extends ReturnedTerm>)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__MARKS:
				getMarks().clear();
				getMarks().addAll((Collection<? extends MatchMark>)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__GHOSTS:
				getGhosts().clear();
				getGhosts().addAll((Collection<? extends GhostAnnotation>)newValue);
				return;
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK:
				getFeedback().clear();
				getFeedback().addAll((Collection<? extends Feedback>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FramebenchPackage.RETURNED_REVIEW__RETURNED:
				setReturned(RETURNED_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK_POINTS:
				setFeedbackPoints(FEEDBACK_POINTS_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT:
				setAdjustment(ADJUSTMENT_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT_REASON:
				setAdjustmentReason(ADJUSTMENT_REASON_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case FramebenchPackage.RETURNED_REVIEW__TERMS:
				getTerms().clear();
				return;
			case FramebenchPackage.RETURNED_REVIEW__MARKS:
				getMarks().clear();
				return;
			case FramebenchPackage.RETURNED_REVIEW__GHOSTS:
				getGhosts().clear();
				return;
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK:
				getFeedback().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FramebenchPackage.RETURNED_REVIEW__RETURNED:
				return RETURNED_EDEFAULT == null ? returned != null : !RETURNED_EDEFAULT.equals(returned);
			case FramebenchPackage.RETURNED_REVIEW__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case FramebenchPackage.RETURNED_REVIEW__SCORE:
				return score != SCORE_EDEFAULT;
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK_POINTS:
				return feedbackPoints != FEEDBACK_POINTS_EDEFAULT;
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT:
				return adjustment != ADJUSTMENT_EDEFAULT;
			case FramebenchPackage.RETURNED_REVIEW__ADJUSTMENT_REASON:
				return ADJUSTMENT_REASON_EDEFAULT == null ? adjustmentReason != null : !ADJUSTMENT_REASON_EDEFAULT.equals(adjustmentReason);
			case FramebenchPackage.RETURNED_REVIEW__GRADE:
				return grade != GRADE_EDEFAULT;
			case FramebenchPackage.RETURNED_REVIEW__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case FramebenchPackage.RETURNED_REVIEW__TERMS:
				return terms != null && !terms.isEmpty();
			case FramebenchPackage.RETURNED_REVIEW__MARKS:
				return marks != null && !marks.isEmpty();
			case FramebenchPackage.RETURNED_REVIEW__GHOSTS:
				return ghosts != null && !ghosts.isEmpty();
			case FramebenchPackage.RETURNED_REVIEW__FEEDBACK:
				return feedback != null && !feedback.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (returned: ");
		result.append(returned);
		result.append(", author: ");
		result.append(author);
		result.append(", score: ");
		result.append(score);
		result.append(", feedbackPoints: ");
		result.append(feedbackPoints);
		result.append(", adjustment: ");
		result.append(adjustment);
		result.append(", adjustmentReason: ");
		result.append(adjustmentReason);
		result.append(", grade: ");
		result.append(grade);
		result.append(", explanation: ");
		result.append(explanation);
		result.append(')');
		return result.toString();
	}

} //ReturnedReviewImpl
