/**
 */
package org.framebench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person's annotations of one assignment, saved as one self-contained .fbench file: it holds a copy of the assignment (articles and codebook).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.AnnotationDocument#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getAnnotatorName <em>Annotator Name</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getAnnotatorId <em>Annotator Id</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getRole <em>Role</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getCreated <em>Created</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getModified <em>Modified</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getAssignment <em>Assignment</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getLinks <em>Links</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getFeedback <em>Feedback</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getComparisonNotes <em>Comparison Notes</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getReturnedReview <em>Returned Review</em>}</li>
 *   <li>{@link org.framebench.model.AnnotationDocument#getDismissedSuggestions <em>Dismissed Suggestions</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument()
 * @model
 * @generated
 */
public interface AnnotationDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getId <em>Id</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Annotator Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator Name</em>' attribute.
	 * @see #setAnnotatorName(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_AnnotatorName()
	 * @model
	 * @generated
	 */
	String getAnnotatorName();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getAnnotatorName <em>Annotator Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator Name</em>' attribute.
	 * @see #getAnnotatorName()
	 * @generated
	 */
	void setAnnotatorName(String value);

	/**
	 * Returns the value of the '<em><b>Annotator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator Id</em>' attribute.
	 * @see #setAnnotatorId(String)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_AnnotatorId()
	 * @model
	 * @generated
	 */
	String getAnnotatorId();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getAnnotatorId <em>Annotator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator Id</em>' attribute.
	 * @see #getAnnotatorId()
	 * @generated
	 */
	void setAnnotatorId(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framebench.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.framebench.model.Role
	 * @see #setRole(Role)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.framebench.model.Role
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getCreated <em>Created</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getModified <em>Modified</em>}' attribute.
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
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_ToolVersion()
	 * @model
	 * @generated
	 */
	String getToolVersion();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getToolVersion <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool Version</em>' attribute.
	 * @see #getToolVersion()
	 * @generated
	 */
	void setToolVersion(String value);

	/**
	 * Returns the value of the '<em><b>Assignment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignment</em>' containment reference.
	 * @see #setAssignment(Assignment)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Assignment()
	 * @model containment="true"
	 * @generated
	 */
	Assignment getAssignment();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getAssignment <em>Assignment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignment</em>' containment reference.
	 * @see #getAssignment()
	 * @generated
	 */
	void setAssignment(Assignment value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.Feedback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	EList<Feedback> getFeedback();

	/**
	 * Returns the value of the '<em><b>Comparison Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.framebench.model.ComparisonNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparison Notes</em>' containment reference list.
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_ComparisonNotes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComparisonNote> getComparisonNotes();

	/**
	 * Returns the value of the '<em><b>Returned Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a copy returned to its student (format 4): the instructor's feedback on this document and its comparison with the key. Absent in every other file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Returned Review</em>' containment reference.
	 * @see #setReturnedReview(ReturnedReview)
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_ReturnedReview()
	 * @model containment="true"
	 * @generated
	 */
	ReturnedReview getReturnedReview();

	/**
	 * Sets the value of the '{@link org.framebench.model.AnnotationDocument#getReturnedReview <em>Returned Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned Review</em>' containment reference.
	 * @see #getReturnedReview()
	 * @generated
	 */
	void setReturnedReview(ReturnedReview value);

	/**
	 * Returns the value of the '<em><b>Dismissed Suggestions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suggestions the annotator dismissed, so they are not shown again: each "articleId:begin:end:codeId" (body offsets, end exclusive). Optional; absent in files written before suggestions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dismissed Suggestions</em>' attribute list.
	 * @see org.framebench.model.FramebenchPackage#getAnnotationDocument_DismissedSuggestions()
	 * @model
	 * @generated
	 */
	EList<String> getDismissedSuggestions();

} // AnnotationDocument
