/**
 */
package org.framebench.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framebench.model.Annotation;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getAnnotation <em>Annotation</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getAnnotationId <em>Annotation Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.FeedbackImpl#getSubmissionId <em>Submission Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackImpl extends MinimalEObjectImpl.Container implements Feedback {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotation() <em>Annotation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotation()
	 * @generated
	 * @ordered
	 */
	protected Annotation annotation;

	/**
	 * The default value of the '{@link #getAnnotationId() <em>Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotationId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotationId() <em>Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotationId()
	 * @generated
	 * @ordered
	 */
	protected String annotationId = ANNOTATION_ID_EDEFAULT;

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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final Double SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected Double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmissionAnnotatorId() <em>Submission Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissionAnnotatorId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBMISSION_ANNOTATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmissionAnnotatorId() <em>Submission Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissionAnnotatorId()
	 * @generated
	 * @ordered
	 */
	protected String submissionAnnotatorId = SUBMISSION_ANNOTATOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmissionId() <em>Submission Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBMISSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmissionId() <em>Submission Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmissionId()
	 * @generated
	 * @ordered
	 */
	protected String submissionId = SUBMISSION_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.FEEDBACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation getAnnotation() {
		if (annotation != null && annotation.eIsProxy()) {
			InternalEObject oldAnnotation = (InternalEObject)annotation;
			annotation = (Annotation)eResolveProxy(oldAnnotation);
			if (annotation != oldAnnotation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FramebenchPackage.FEEDBACK__ANNOTATION, oldAnnotation, annotation));
			}
		}
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Annotation basicGetAnnotation() {
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotation(Annotation newAnnotation) {
		Annotation oldAnnotation = annotation;
		annotation = newAnnotation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__ANNOTATION, oldAnnotation, annotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotationId() {
		return annotationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotationId(String newAnnotationId) {
		String oldAnnotationId = annotationId;
		annotationId = newAnnotationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__ANNOTATION_ID, oldAnnotationId, annotationId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(Double newScore) {
		Double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubmissionAnnotatorId() {
		return submissionAnnotatorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmissionAnnotatorId(String newSubmissionAnnotatorId) {
		String oldSubmissionAnnotatorId = submissionAnnotatorId;
		submissionAnnotatorId = newSubmissionAnnotatorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__SUBMISSION_ANNOTATOR_ID, oldSubmissionAnnotatorId, submissionAnnotatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubmissionId() {
		return submissionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmissionId(String newSubmissionId) {
		String oldSubmissionId = submissionId;
		submissionId = newSubmissionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.FEEDBACK__SUBMISSION_ID, oldSubmissionId, submissionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.FEEDBACK__ID:
				return getId();
			case FramebenchPackage.FEEDBACK__ANNOTATION:
				if (resolve) return getAnnotation();
				return basicGetAnnotation();
			case FramebenchPackage.FEEDBACK__ANNOTATION_ID:
				return getAnnotationId();
			case FramebenchPackage.FEEDBACK__AUTHOR:
				return getAuthor();
			case FramebenchPackage.FEEDBACK__TEXT:
				return getText();
			case FramebenchPackage.FEEDBACK__SCORE:
				return getScore();
			case FramebenchPackage.FEEDBACK__CREATED:
				return getCreated();
			case FramebenchPackage.FEEDBACK__SUBMISSION_ANNOTATOR_ID:
				return getSubmissionAnnotatorId();
			case FramebenchPackage.FEEDBACK__SUBMISSION_ID:
				return getSubmissionId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FramebenchPackage.FEEDBACK__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.FEEDBACK__ANNOTATION:
				setAnnotation((Annotation)newValue);
				return;
			case FramebenchPackage.FEEDBACK__ANNOTATION_ID:
				setAnnotationId((String)newValue);
				return;
			case FramebenchPackage.FEEDBACK__AUTHOR:
				setAuthor((String)newValue);
				return;
			case FramebenchPackage.FEEDBACK__TEXT:
				setText((String)newValue);
				return;
			case FramebenchPackage.FEEDBACK__SCORE:
				setScore((Double)newValue);
				return;
			case FramebenchPackage.FEEDBACK__CREATED:
				setCreated((Date)newValue);
				return;
			case FramebenchPackage.FEEDBACK__SUBMISSION_ANNOTATOR_ID:
				setSubmissionAnnotatorId((String)newValue);
				return;
			case FramebenchPackage.FEEDBACK__SUBMISSION_ID:
				setSubmissionId((String)newValue);
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
			case FramebenchPackage.FEEDBACK__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__ANNOTATION:
				setAnnotation((Annotation)null);
				return;
			case FramebenchPackage.FEEDBACK__ANNOTATION_ID:
				setAnnotationId(ANNOTATION_ID_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__SUBMISSION_ANNOTATOR_ID:
				setSubmissionAnnotatorId(SUBMISSION_ANNOTATOR_ID_EDEFAULT);
				return;
			case FramebenchPackage.FEEDBACK__SUBMISSION_ID:
				setSubmissionId(SUBMISSION_ID_EDEFAULT);
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
			case FramebenchPackage.FEEDBACK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.FEEDBACK__ANNOTATION:
				return annotation != null;
			case FramebenchPackage.FEEDBACK__ANNOTATION_ID:
				return ANNOTATION_ID_EDEFAULT == null ? annotationId != null : !ANNOTATION_ID_EDEFAULT.equals(annotationId);
			case FramebenchPackage.FEEDBACK__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case FramebenchPackage.FEEDBACK__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FramebenchPackage.FEEDBACK__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case FramebenchPackage.FEEDBACK__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case FramebenchPackage.FEEDBACK__SUBMISSION_ANNOTATOR_ID:
				return SUBMISSION_ANNOTATOR_ID_EDEFAULT == null ? submissionAnnotatorId != null : !SUBMISSION_ANNOTATOR_ID_EDEFAULT.equals(submissionAnnotatorId);
			case FramebenchPackage.FEEDBACK__SUBMISSION_ID:
				return SUBMISSION_ID_EDEFAULT == null ? submissionId != null : !SUBMISSION_ID_EDEFAULT.equals(submissionId);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", annotationId: ");
		result.append(annotationId);
		result.append(", author: ");
		result.append(author);
		result.append(", text: ");
		result.append(text);
		result.append(", score: ");
		result.append(score);
		result.append(", created: ");
		result.append(created);
		result.append(", submissionAnnotatorId: ");
		result.append(submissionAnnotatorId);
		result.append(", submissionId: ");
		result.append(submissionId);
		result.append(')');
		return result.toString();
	}

} //FeedbackImpl
