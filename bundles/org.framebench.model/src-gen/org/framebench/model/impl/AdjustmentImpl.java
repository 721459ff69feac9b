/**
 */
package org.framebench.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framebench.model.Adjustment;
import org.framebench.model.FramebenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adjustment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getSubmissionId <em>Submission Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.framebench.model.impl.AdjustmentImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdjustmentImpl extends MinimalEObjectImpl.Container implements Adjustment {
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
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected double points = POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdjustmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.ADJUSTMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__SUBMISSION_ID, oldSubmissionId, submissionId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__SUBMISSION_ANNOTATOR_ID, oldSubmissionAnnotatorId, submissionAnnotatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(double newPoints) {
		double oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__REASON, oldReason, reason));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__AUTHOR, oldAuthor, author));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ADJUSTMENT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.ADJUSTMENT__ID:
				return getId();
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ID:
				return getSubmissionId();
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ANNOTATOR_ID:
				return getSubmissionAnnotatorId();
			case FramebenchPackage.ADJUSTMENT__POINTS:
				return getPoints();
			case FramebenchPackage.ADJUSTMENT__REASON:
				return getReason();
			case FramebenchPackage.ADJUSTMENT__AUTHOR:
				return getAuthor();
			case FramebenchPackage.ADJUSTMENT__CREATED:
				return getCreated();
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
			case FramebenchPackage.ADJUSTMENT__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ID:
				setSubmissionId((String)newValue);
				return;
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ANNOTATOR_ID:
				setSubmissionAnnotatorId((String)newValue);
				return;
			case FramebenchPackage.ADJUSTMENT__POINTS:
				setPoints((Double)newValue);
				return;
			case FramebenchPackage.ADJUSTMENT__REASON:
				setReason((String)newValue);
				return;
			case FramebenchPackage.ADJUSTMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case FramebenchPackage.ADJUSTMENT__CREATED:
				setCreated((Date)newValue);
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
			case FramebenchPackage.ADJUSTMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ID:
				setSubmissionId(SUBMISSION_ID_EDEFAULT);
				return;
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ANNOTATOR_ID:
				setSubmissionAnnotatorId(SUBMISSION_ANNOTATOR_ID_EDEFAULT);
				return;
			case FramebenchPackage.ADJUSTMENT__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case FramebenchPackage.ADJUSTMENT__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case FramebenchPackage.ADJUSTMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case FramebenchPackage.ADJUSTMENT__CREATED:
				setCreated(CREATED_EDEFAULT);
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
			case FramebenchPackage.ADJUSTMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ID:
				return SUBMISSION_ID_EDEFAULT == null ? submissionId != null : !SUBMISSION_ID_EDEFAULT.equals(submissionId);
			case FramebenchPackage.ADJUSTMENT__SUBMISSION_ANNOTATOR_ID:
				return SUBMISSION_ANNOTATOR_ID_EDEFAULT == null ? submissionAnnotatorId != null : !SUBMISSION_ANNOTATOR_ID_EDEFAULT.equals(submissionAnnotatorId);
			case FramebenchPackage.ADJUSTMENT__POINTS:
				return points != POINTS_EDEFAULT;
			case FramebenchPackage.ADJUSTMENT__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case FramebenchPackage.ADJUSTMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case FramebenchPackage.ADJUSTMENT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
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
		result.append(", submissionId: ");
		result.append(submissionId);
		result.append(", submissionAnnotatorId: ");
		result.append(submissionAnnotatorId);
		result.append(", points: ");
		result.append(points);
		result.append(", reason: ");
		result.append(reason);
		result.append(", author: ");
		result.append(author);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //AdjustmentImpl
