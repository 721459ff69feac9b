/**
 */
package org.framebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.Article#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.Article#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.framebench.model.Article#getTitle <em>Title</em>}</li>
 *   <li>{@link org.framebench.model.Article#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.framebench.model.Article#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.framebench.model.Article#getText <em>Text</em>}</li>
 *   <li>{@link org.framebench.model.Article#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.framebench.model.Article#getHeadline <em>Headline</em>}</li>
 *   <li>{@link org.framebench.model.Article#getByline <em>Byline</em>}</li>
 *   <li>{@link org.framebench.model.Article#getPublished <em>Published</em>}</li>
 *   <li>{@link org.framebench.model.Article#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @see org.framebench.model.FramebenchPackage#getArticle()
 * @model
 * @generated
 */
public interface Article extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Outlet()
	 * @model
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the UTF-8 bytes of text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The headline as the outlet shows it, annotatable like the text (annotations with region headline have offsets into it). Absent (null) in files written before headlines: no headline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headline</em>' attribute.
	 * @see #setHeadline(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Headline()
	 * @model
	 * @generated
	 */
	String getHeadline();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getHeadline <em>Headline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headline</em>' attribute.
	 * @see #getHeadline()
	 * @generated
	 */
	void setHeadline(String value);

	/**
	 * Returns the value of the '<em><b>Byline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote the article, as the outlet credits it. Optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Byline</em>' attribute.
	 * @see #setByline(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Byline()
	 * @model
	 * @generated
	 */
	String getByline();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getByline <em>Byline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byline</em>' attribute.
	 * @see #getByline()
	 * @generated
	 */
	void setByline(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the outlet published it, as the instructor typed it (ISO 8601 date preferred). Optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Published()
	 * @model
	 * @generated
	 */
	String getPublished();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the outlet published it. Shown, never fetched. Optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.framebench.model.FramebenchPackage#getArticle_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.framebench.model.Article#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

} // Article
