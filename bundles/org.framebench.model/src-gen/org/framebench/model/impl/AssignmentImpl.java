/**
 */
package org.framebench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#getCodebook <em>Codebook</em>}</li>
 *   <li>{@link org.framebench.model.impl.AssignmentImpl#isSuggestionsForStudents <em>Suggestions For Students</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssignmentImpl extends MinimalEObjectImpl.Container implements Assignment {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected String instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArticles() <em>Articles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<Article> articles;

	/**
	 * The cached value of the '{@link #getCodebook() <em>Codebook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebook()
	 * @generated
	 * @ordered
	 */
	protected Codebook codebook;

	/**
	 * The default value of the '{@link #isSuggestionsForStudents() <em>Suggestions For Students</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuggestionsForStudents()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUGGESTIONS_FOR_STUDENTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSuggestionsForStudents() <em>Suggestions For Students</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuggestionsForStudents()
	 * @generated
	 * @ordered
	 */
	protected boolean suggestionsForStudents = SUGGESTIONS_FOR_STUDENTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.ASSIGNMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(String newInstructions) {
		String oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Article> getArticles() {
		if (articles == null) {
			articles = new EObjectContainmentEList<Article>(Article.class, this, FramebenchPackage.ASSIGNMENT__ARTICLES);
		}
		return articles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook getCodebook() {
		return codebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCodebook(Codebook newCodebook, NotificationChain msgs) {
		Codebook oldCodebook = codebook;
		codebook = newCodebook;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__CODEBOOK, oldCodebook, newCodebook);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodebook(Codebook newCodebook) {
		if (newCodebook != codebook) {
			NotificationChain msgs = null;
			if (codebook != null)
				msgs = ((InternalEObject)codebook).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.ASSIGNMENT__CODEBOOK, null, msgs);
			if (newCodebook != null)
				msgs = ((InternalEObject)newCodebook).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FramebenchPackage.ASSIGNMENT__CODEBOOK, null, msgs);
			msgs = basicSetCodebook(newCodebook, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__CODEBOOK, newCodebook, newCodebook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuggestionsForStudents() {
		return suggestionsForStudents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuggestionsForStudents(boolean newSuggestionsForStudents) {
		boolean oldSuggestionsForStudents = suggestionsForStudents;
		suggestionsForStudents = newSuggestionsForStudents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS, oldSuggestionsForStudents, suggestionsForStudents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.ASSIGNMENT__ARTICLES:
				return ((InternalEList<?>)getArticles()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.ASSIGNMENT__CODEBOOK:
				return basicSetCodebook(null, msgs);
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
			case FramebenchPackage.ASSIGNMENT__ID:
				return getId();
			case FramebenchPackage.ASSIGNMENT__TITLE:
				return getTitle();
			case FramebenchPackage.ASSIGNMENT__VERSION:
				return getVersion();
			case FramebenchPackage.ASSIGNMENT__INSTRUCTIONS:
				return getInstructions();
			case FramebenchPackage.ASSIGNMENT__ARTICLES:
				return getArticles();
			case FramebenchPackage.ASSIGNMENT__CODEBOOK:
				return getCodebook();
			case FramebenchPackage.ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS:
				return isSuggestionsForStudents();
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
			case FramebenchPackage.ASSIGNMENT__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.ASSIGNMENT__TITLE:
				setTitle((String)newValue);
				return;
			case FramebenchPackage.ASSIGNMENT__VERSION:
				setVersion((String)newValue);
				return;
			case FramebenchPackage.ASSIGNMENT__INSTRUCTIONS:
				setInstructions((String)newValue);
				return;
			case FramebenchPackage.ASSIGNMENT__ARTICLES:
				getArticles().clear();
				getArticles().addAll((Collection<? extends Article>)newValue);
				return;
			case FramebenchPackage.ASSIGNMENT__CODEBOOK:
				setCodebook((Codebook)newValue);
				return;
			case FramebenchPackage.ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS:
				setSuggestionsForStudents((Boolean)newValue);
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
			case FramebenchPackage.ASSIGNMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.ASSIGNMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FramebenchPackage.ASSIGNMENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FramebenchPackage.ASSIGNMENT__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case FramebenchPackage.ASSIGNMENT__ARTICLES:
				getArticles().clear();
				return;
			case FramebenchPackage.ASSIGNMENT__CODEBOOK:
				setCodebook((Codebook)null);
				return;
			case FramebenchPackage.ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS:
				setSuggestionsForStudents(SUGGESTIONS_FOR_STUDENTS_EDEFAULT);
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
			case FramebenchPackage.ASSIGNMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.ASSIGNMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FramebenchPackage.ASSIGNMENT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case FramebenchPackage.ASSIGNMENT__INSTRUCTIONS:
				return INSTRUCTIONS_EDEFAULT == null ? instructions != null : !INSTRUCTIONS_EDEFAULT.equals(instructions);
			case FramebenchPackage.ASSIGNMENT__ARTICLES:
				return articles != null && !articles.isEmpty();
			case FramebenchPackage.ASSIGNMENT__CODEBOOK:
				return codebook != null;
			case FramebenchPackage.ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS:
				return suggestionsForStudents != SUGGESTIONS_FOR_STUDENTS_EDEFAULT;
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
		result.append(", title: ");
		result.append(title);
		result.append(", version: ");
		result.append(version);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", suggestionsForStudents: ");
		result.append(suggestionsForStudents);
		result.append(')');
		return result.toString();
	}

} //AssignmentImpl
