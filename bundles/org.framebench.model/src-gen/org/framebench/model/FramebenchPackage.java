/**
 */
package org.framebench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Framebench: assignments (articles + codebook) and the annotation documents students, instructors and keys produce. Offsets are UTF-16 indices into the article text (java.lang.String), end exclusive.
 * <!-- end-model-doc -->
 * @see org.framebench.model.FramebenchFactory
 * @model kind="package"
 * @generated
 */
public interface FramebenchPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://framebench.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "fb";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FramebenchPackage eINSTANCE = org.framebench.model.impl.FramebenchPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.AssignmentImpl <em>Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.AssignmentImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAssignment()
	 * @generated
	 */
	int ASSIGNMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__INSTRUCTIONS = 3;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__ARTICLES = 4;

	/**
	 * The feature id for the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__CODEBOOK = 5;

	/**
	 * The feature id for the '<em><b>Suggestions For Students</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS = 6;

	/**
	 * The number of structural features of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ArticleImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__OUTLET = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__SOURCE_FILE = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__NOTES = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TEXT = 5;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__SHA256 = 6;

	/**
	 * The feature id for the '<em><b>Headline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__HEADLINE = 7;

	/**
	 * The feature id for the '<em><b>Byline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__BYLINE = 8;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__PUBLISHED = 9;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__URL = 10;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.CodebookImpl <em>Codebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.CodebookImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getCodebook()
	 * @generated
	 */
	int CODEBOOK = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__LAYERS = 4;

	/**
	 * The feature id for the '<em><b>References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__REFERENCES = 5;

	/**
	 * The number of structural features of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ReferenceImpl <em>Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ReferenceImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getReference()
	 * @generated
	 */
	int REFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__CITATION = 1;

	/**
	 * The number of structural features of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.LayerImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CODES = 3;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.CodeImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DEFINITION = 2;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__EXAMPLE = 3;

	/**
	 * The feature id for the '<em><b>Example Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__EXAMPLE_SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__COLOUR = 5;

	/**
	 * The feature id for the '<em><b>Shortcut Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__SHORTCUT_KEY = 6;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__REFERENCES = 7;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__ATTRIBUTES = 8;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__LAYER = 9;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.AttributeDefinitionImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAttributeDefinition()
	 * @generated
	 */
	int ATTRIBUTE_DEFINITION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__KIND = 3;

	/**
	 * The feature id for the '<em><b>Allowed Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__ALLOWED_VALUES = 4;

	/**
	 * The number of structural features of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.AnnotationDocumentImpl <em>Annotation Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.AnnotationDocumentImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAnnotationDocument()
	 * @generated
	 */
	int ANNOTATION_DOCUMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Annotator Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__ANNOTATOR_NAME = 2;

	/**
	 * The feature id for the '<em><b>Annotator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__ANNOTATOR_ID = 3;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__ROLE = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__CREATED = 5;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__MODIFIED = 6;

	/**
	 * The feature id for the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__TOOL_VERSION = 7;

	/**
	 * The feature id for the '<em><b>Assignment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__ASSIGNMENT = 8;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__ANNOTATIONS = 9;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__LINKS = 10;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__FEEDBACK = 11;

	/**
	 * The feature id for the '<em><b>Comparison Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__COMPARISON_NOTES = 12;

	/**
	 * The feature id for the '<em><b>Returned Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__RETURNED_REVIEW = 13;

	/**
	 * The feature id for the '<em><b>Dismissed Suggestions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS = 14;

	/**
	 * The number of structural features of the '<em>Annotation Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Annotation Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ComparisonNoteImpl <em>Comparison Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ComparisonNoteImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getComparisonNote()
	 * @generated
	 */
	int COMPARISON_NOTE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE__ID = 0;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE__ANNOTATIONS = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE__CREATED = 3;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE__MODIFIED = 4;

	/**
	 * The number of structural features of the '<em>Comparison Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Comparison Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.AnnotationImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__BEGIN = 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__END = 3;

	/**
	 * The feature id for the '<em><b>Covered Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__COVERED_TEXT = 4;

	/**
	 * The feature id for the '<em><b>Context Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CONTEXT_BEFORE = 5;

	/**
	 * The feature id for the '<em><b>Context After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CONTEXT_AFTER = 6;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CODE = 7;

	/**
	 * The feature id for the '<em><b>Attribute Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ATTRIBUTE_VALUES = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__NOTE = 9;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED = 10;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MODIFIED = 11;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REGION = 12;

	/**
	 * The feature id for the '<em><b>From Suggestion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__FROM_SUGGESTION = 13;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.AttributeValueImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAttributeValue()
	 * @generated
	 */
	int ATTRIBUTE_VALUE = 10;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.LinkImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__KIND = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NOTE = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__CREATED = 5;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.FeedbackImpl <em>Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.FeedbackImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getFeedback()
	 * @generated
	 */
	int FEEDBACK = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ID = 0;

	/**
	 * The feature id for the '<em><b>Annotation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ANNOTATION = 1;

	/**
	 * The feature id for the '<em><b>Annotation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ANNOTATION_ID = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__SCORE = 5;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__CREATED = 6;

	/**
	 * The feature id for the '<em><b>Submission Annotator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__SUBMISSION_ANNOTATOR_ID = 7;

	/**
	 * The feature id for the '<em><b>Submission Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__SUBMISSION_ID = 8;

	/**
	 * The number of structural features of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ReviewDocumentImpl <em>Review Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ReviewDocumentImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getReviewDocument()
	 * @generated
	 */
	int REVIEW_DOCUMENT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Assignment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__ASSIGNMENT_ID = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__CREATED = 4;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__MODIFIED = 5;

	/**
	 * The feature id for the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__TOOL_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__FEEDBACK = 7;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__SCORING = 8;

	/**
	 * The feature id for the '<em><b>Adjustments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT__ADJUSTMENTS = 9;

	/**
	 * The number of structural features of the '<em>Review Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Review Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ScoringSettingsImpl <em>Scoring Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ScoringSettingsImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getScoringSettings()
	 * @generated
	 */
	int SCORING_SETTINGS = 14;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS__THRESHOLD = 0;

	/**
	 * The feature id for the '<em><b>Wrong Code Credit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS__WRONG_CODE_CREDIT = 1;

	/**
	 * The feature id for the '<em><b>Default Layer Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Attribute Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS__ATTRIBUTE_WEIGHT = 3;

	/**
	 * The feature id for the '<em><b>Link Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS__LINK_WEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Layer Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS__LAYER_WEIGHTS = 5;

	/**
	 * The number of structural features of the '<em>Scoring Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Scoring Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.LayerWeightImpl <em>Layer Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.LayerWeightImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getLayerWeight()
	 * @generated
	 */
	int LAYER_WEIGHT = 15;

	/**
	 * The feature id for the '<em><b>Layer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_WEIGHT__LAYER_ID = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_WEIGHT__WEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Layer Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_WEIGHT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Layer Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.AdjustmentImpl <em>Adjustment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.AdjustmentImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAdjustment()
	 * @generated
	 */
	int ADJUSTMENT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Submission Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__SUBMISSION_ID = 1;

	/**
	 * The feature id for the '<em><b>Submission Annotator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__SUBMISSION_ANNOTATOR_ID = 2;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__POINTS = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__REASON = 4;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__AUTHOR = 5;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT__CREATED = 6;

	/**
	 * The number of structural features of the '<em>Adjustment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Adjustment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADJUSTMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ReturnedReviewImpl <em>Returned Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ReturnedReviewImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getReturnedReview()
	 * @generated
	 */
	int RETURNED_REVIEW = 17;

	/**
	 * The feature id for the '<em><b>Returned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__RETURNED = 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__AUTHOR = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Feedback Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__FEEDBACK_POINTS = 3;

	/**
	 * The feature id for the '<em><b>Adjustment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__ADJUSTMENT = 4;

	/**
	 * The feature id for the '<em><b>Adjustment Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__ADJUSTMENT_REASON = 5;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__GRADE = 6;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__EXPLANATION = 7;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__TERMS = 8;

	/**
	 * The feature id for the '<em><b>Marks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__MARKS = 9;

	/**
	 * The feature id for the '<em><b>Ghosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__GHOSTS = 10;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW__FEEDBACK = 11;

	/**
	 * The number of structural features of the '<em>Returned Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Returned Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.ReturnedTermImpl <em>Returned Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.ReturnedTermImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getReturnedTerm()
	 * @generated
	 */
	int RETURNED_TERM = 18;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_TERM__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_TERM__WEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_TERM__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_TERM__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Returned Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_TERM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Returned Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURNED_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.MatchMarkImpl <em>Match Mark</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.MatchMarkImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getMatchMark()
	 * @generated
	 */
	int MATCH_MARK = 19;

	/**
	 * The feature id for the '<em><b>Annotation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_MARK__ANNOTATION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_MARK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Overlap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_MARK__OVERLAP = 2;

	/**
	 * The feature id for the '<em><b>Key Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_MARK__KEY_CODE = 3;

	/**
	 * The number of structural features of the '<em>Match Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_MARK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Match Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_MARK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.impl.GhostAnnotationImpl <em>Ghost Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.impl.GhostAnnotationImpl
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getGhostAnnotation()
	 * @generated
	 */
	int GHOST_ANNOTATION = 20;

	/**
	 * The feature id for the '<em><b>Key Annotation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__KEY_ANNOTATION_ID = 0;

	/**
	 * The feature id for the '<em><b>Article</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__REGION = 2;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__BEGIN = 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__END = 4;

	/**
	 * The feature id for the '<em><b>Covered Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__COVERED_TEXT = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION__CODE = 6;

	/**
	 * The number of structural features of the '<em>Ghost Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Ghost Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GHOST_ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framebench.model.AttributeKind <em>Attribute Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.AttributeKind
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getAttributeKind()
	 * @generated
	 */
	int ATTRIBUTE_KIND = 21;

	/**
	 * The meta object id for the '{@link org.framebench.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.Role
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 22;

	/**
	 * The meta object id for the '{@link org.framebench.model.LinkKind <em>Link Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.LinkKind
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getLinkKind()
	 * @generated
	 */
	int LINK_KIND = 23;

	/**
	 * The meta object id for the '{@link org.framebench.model.TextRegion <em>Text Region</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.TextRegion
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getTextRegion()
	 * @generated
	 */
	int TEXT_REGION = 24;

	/**
	 * The meta object id for the '{@link org.framebench.model.MatchKind <em>Match Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framebench.model.MatchKind
	 * @see org.framebench.model.impl.FramebenchPackageImpl#getMatchKind()
	 * @generated
	 */
	int MATCH_KIND = 25;


	/**
	 * Returns the meta object for class '{@link org.framebench.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignment</em>'.
	 * @see org.framebench.model.Assignment
	 * @generated
	 */
	EClass getAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Assignment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Assignment#getId()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Assignment#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.framebench.model.Assignment#getTitle()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Assignment#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.framebench.model.Assignment#getVersion()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Assignment#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.framebench.model.Assignment#getInstructions()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Instructions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.Assignment#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.framebench.model.Assignment#getArticles()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Articles();

	/**
	 * Returns the meta object for the containment reference '{@link org.framebench.model.Assignment#getCodebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Codebook</em>'.
	 * @see org.framebench.model.Assignment#getCodebook()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Codebook();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Assignment#isSuggestionsForStudents <em>Suggestions For Students</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suggestions For Students</em>'.
	 * @see org.framebench.model.Assignment#isSuggestionsForStudents()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_SuggestionsForStudents();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see org.framebench.model.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Article#getId()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getOutlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlet</em>'.
	 * @see org.framebench.model.Article#getOutlet()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Outlet();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.framebench.model.Article#getTitle()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.framebench.model.Article#getSourceFile()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.framebench.model.Article#getNotes()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.framebench.model.Article#getText()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.framebench.model.Article#getSha256()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getHeadline <em>Headline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Headline</em>'.
	 * @see org.framebench.model.Article#getHeadline()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Headline();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getByline <em>Byline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byline</em>'.
	 * @see org.framebench.model.Article#getByline()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Byline();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.framebench.model.Article#getPublished()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Article#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.framebench.model.Article#getUrl()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Url();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Codebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codebook</em>'.
	 * @see org.framebench.model.Codebook
	 * @generated
	 */
	EClass getCodebook();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Codebook#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Codebook#getId()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Codebook#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.framebench.model.Codebook#getName()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Codebook#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.framebench.model.Codebook#getVersion()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Codebook#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.framebench.model.Codebook#getSha256()
	 * @see #getCodebook()
	 * @generated
	 */
	EAttribute getCodebook_Sha256();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.Codebook#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.framebench.model.Codebook#getLayers()
	 * @see #getCodebook()
	 * @generated
	 */
	EReference getCodebook_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.Codebook#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>References</em>'.
	 * @see org.framebench.model.Codebook#getReferences()
	 * @see #getCodebook()
	 * @generated
	 */
	EReference getCodebook_References();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Reference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference</em>'.
	 * @see org.framebench.model.Reference
	 * @generated
	 */
	EClass getReference();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Reference#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.framebench.model.Reference#getKey()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Reference#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.framebench.model.Reference#getCitation()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Citation();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.framebench.model.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Layer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Layer#getId()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Layer#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.framebench.model.Layer#getLabel()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Layer#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.framebench.model.Layer#getDescription()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.Layer#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see org.framebench.model.Layer#getCodes()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Codes();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.framebench.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Code#getId()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.framebench.model.Code#getLabel()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.framebench.model.Code#getDefinition()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see org.framebench.model.Code#getExample()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Example();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getExampleSource <em>Example Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example Source</em>'.
	 * @see org.framebench.model.Code#getExampleSource()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_ExampleSource();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.framebench.model.Code#getColour()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Code#getShortcutKey <em>Shortcut Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortcut Key</em>'.
	 * @see org.framebench.model.Code#getShortcutKey()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_ShortcutKey();

	/**
	 * Returns the meta object for the attribute list '{@link org.framebench.model.Code#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>References</em>'.
	 * @see org.framebench.model.Code#getReferences()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_References();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.Code#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see org.framebench.model.Code#getAttributes()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Attributes();

	/**
	 * Returns the meta object for the container reference '{@link org.framebench.model.Code#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Layer</em>'.
	 * @see org.framebench.model.Code#getLayer()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Layer();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Definition</em>'.
	 * @see org.framebench.model.AttributeDefinition
	 * @generated
	 */
	EClass getAttributeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AttributeDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.AttributeDefinition#getId()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AttributeDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.framebench.model.AttributeDefinition#getLabel()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AttributeDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.framebench.model.AttributeDefinition#getDescription()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AttributeDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framebench.model.AttributeDefinition#getKind()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.framebench.model.AttributeDefinition#getAllowedValues <em>Allowed Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Values</em>'.
	 * @see org.framebench.model.AttributeDefinition#getAllowedValues()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_AllowedValues();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.AnnotationDocument <em>Annotation Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Document</em>'.
	 * @see org.framebench.model.AnnotationDocument
	 * @generated
	 */
	EClass getAnnotationDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.AnnotationDocument#getId()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.framebench.model.AnnotationDocument#getFormatVersion()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getAnnotatorName <em>Annotator Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotator Name</em>'.
	 * @see org.framebench.model.AnnotationDocument#getAnnotatorName()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_AnnotatorName();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getAnnotatorId <em>Annotator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotator Id</em>'.
	 * @see org.framebench.model.AnnotationDocument#getAnnotatorId()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_AnnotatorId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.framebench.model.AnnotationDocument#getRole()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.AnnotationDocument#getCreated()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.framebench.model.AnnotationDocument#getModified()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AnnotationDocument#getToolVersion <em>Tool Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool Version</em>'.
	 * @see org.framebench.model.AnnotationDocument#getToolVersion()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_ToolVersion();

	/**
	 * Returns the meta object for the containment reference '{@link org.framebench.model.AnnotationDocument#getAssignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Assignment</em>'.
	 * @see org.framebench.model.AnnotationDocument#getAssignment()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EReference getAnnotationDocument_Assignment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.AnnotationDocument#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.framebench.model.AnnotationDocument#getAnnotations()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EReference getAnnotationDocument_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.AnnotationDocument#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.framebench.model.AnnotationDocument#getLinks()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EReference getAnnotationDocument_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.AnnotationDocument#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback</em>'.
	 * @see org.framebench.model.AnnotationDocument#getFeedback()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EReference getAnnotationDocument_Feedback();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.AnnotationDocument#getComparisonNotes <em>Comparison Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparison Notes</em>'.
	 * @see org.framebench.model.AnnotationDocument#getComparisonNotes()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EReference getAnnotationDocument_ComparisonNotes();

	/**
	 * Returns the meta object for the containment reference '{@link org.framebench.model.AnnotationDocument#getReturnedReview <em>Returned Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Returned Review</em>'.
	 * @see org.framebench.model.AnnotationDocument#getReturnedReview()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EReference getAnnotationDocument_ReturnedReview();

	/**
	 * Returns the meta object for the attribute list '{@link org.framebench.model.AnnotationDocument#getDismissedSuggestions <em>Dismissed Suggestions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dismissed Suggestions</em>'.
	 * @see org.framebench.model.AnnotationDocument#getDismissedSuggestions()
	 * @see #getAnnotationDocument()
	 * @generated
	 */
	EAttribute getAnnotationDocument_DismissedSuggestions();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.ComparisonNote <em>Comparison Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison Note</em>'.
	 * @see org.framebench.model.ComparisonNote
	 * @generated
	 */
	EClass getComparisonNote();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ComparisonNote#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.ComparisonNote#getId()
	 * @see #getComparisonNote()
	 * @generated
	 */
	EAttribute getComparisonNote_Id();

	/**
	 * Returns the meta object for the reference list '{@link org.framebench.model.ComparisonNote#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Annotations</em>'.
	 * @see org.framebench.model.ComparisonNote#getAnnotations()
	 * @see #getComparisonNote()
	 * @generated
	 */
	EReference getComparisonNote_Annotations();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ComparisonNote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.framebench.model.ComparisonNote#getText()
	 * @see #getComparisonNote()
	 * @generated
	 */
	EAttribute getComparisonNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ComparisonNote#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.ComparisonNote#getCreated()
	 * @see #getComparisonNote()
	 * @generated
	 */
	EAttribute getComparisonNote_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ComparisonNote#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.framebench.model.ComparisonNote#getModified()
	 * @see #getComparisonNote()
	 * @generated
	 */
	EAttribute getComparisonNote_Modified();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.framebench.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.Annotation#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.framebench.model.Annotation#getArticle()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Article();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.framebench.model.Annotation#getBegin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.framebench.model.Annotation#getEnd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getCoveredText <em>Covered Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covered Text</em>'.
	 * @see org.framebench.model.Annotation#getCoveredText()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_CoveredText();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getContextBefore <em>Context Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Before</em>'.
	 * @see org.framebench.model.Annotation#getContextBefore()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ContextBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getContextAfter <em>Context After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context After</em>'.
	 * @see org.framebench.model.Annotation#getContextAfter()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ContextAfter();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.Annotation#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.framebench.model.Annotation#getCode()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.Annotation#getAttributeValues <em>Attribute Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attribute Values</em>'.
	 * @see org.framebench.model.Annotation#getAttributeValues()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_AttributeValues();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.framebench.model.Annotation#getNote()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.Annotation#getCreated()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.framebench.model.Annotation#getModified()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.framebench.model.Annotation#getRegion()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Annotation#isFromSuggestion <em>From Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Suggestion</em>'.
	 * @see org.framebench.model.Annotation#isFromSuggestion()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_FromSuggestion();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.AttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Value</em>'.
	 * @see org.framebench.model.AttributeValue
	 * @generated
	 */
	EClass getAttributeValue();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AttributeValue#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.framebench.model.AttributeValue#getKey()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.AttributeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.framebench.model.AttributeValue#getValue()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.framebench.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Link#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Link#getId()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Id();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.framebench.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.framebench.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Link#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framebench.model.Link#getKind()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Link#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.framebench.model.Link#getNote()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Link#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.Link#getCreated()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Created();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback</em>'.
	 * @see org.framebench.model.Feedback
	 * @generated
	 */
	EClass getFeedback();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Feedback#getId()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Id();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.Feedback#getAnnotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotation</em>'.
	 * @see org.framebench.model.Feedback#getAnnotation()
	 * @see #getFeedback()
	 * @generated
	 */
	EReference getFeedback_Annotation();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getAnnotationId <em>Annotation Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotation Id</em>'.
	 * @see org.framebench.model.Feedback#getAnnotationId()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_AnnotationId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.framebench.model.Feedback#getAuthor()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.framebench.model.Feedback#getText()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.framebench.model.Feedback#getScore()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.Feedback#getCreated()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submission Annotator Id</em>'.
	 * @see org.framebench.model.Feedback#getSubmissionAnnotatorId()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_SubmissionAnnotatorId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Feedback#getSubmissionId <em>Submission Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submission Id</em>'.
	 * @see org.framebench.model.Feedback#getSubmissionId()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_SubmissionId();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.ReviewDocument <em>Review Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Document</em>'.
	 * @see org.framebench.model.ReviewDocument
	 * @generated
	 */
	EClass getReviewDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.ReviewDocument#getId()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.framebench.model.ReviewDocument#getFormatVersion()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getAssignmentId <em>Assignment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignment Id</em>'.
	 * @see org.framebench.model.ReviewDocument#getAssignmentId()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_AssignmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.framebench.model.ReviewDocument#getAuthor()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.ReviewDocument#getCreated()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.framebench.model.ReviewDocument#getModified()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReviewDocument#getToolVersion <em>Tool Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool Version</em>'.
	 * @see org.framebench.model.ReviewDocument#getToolVersion()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EAttribute getReviewDocument_ToolVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ReviewDocument#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback</em>'.
	 * @see org.framebench.model.ReviewDocument#getFeedback()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EReference getReviewDocument_Feedback();

	/**
	 * Returns the meta object for the containment reference '{@link org.framebench.model.ReviewDocument#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring</em>'.
	 * @see org.framebench.model.ReviewDocument#getScoring()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EReference getReviewDocument_Scoring();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ReviewDocument#getAdjustments <em>Adjustments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adjustments</em>'.
	 * @see org.framebench.model.ReviewDocument#getAdjustments()
	 * @see #getReviewDocument()
	 * @generated
	 */
	EReference getReviewDocument_Adjustments();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.ScoringSettings <em>Scoring Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Settings</em>'.
	 * @see org.framebench.model.ScoringSettings
	 * @generated
	 */
	EClass getScoringSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ScoringSettings#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.framebench.model.ScoringSettings#getThreshold()
	 * @see #getScoringSettings()
	 * @generated
	 */
	EAttribute getScoringSettings_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ScoringSettings#getWrongCodeCredit <em>Wrong Code Credit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wrong Code Credit</em>'.
	 * @see org.framebench.model.ScoringSettings#getWrongCodeCredit()
	 * @see #getScoringSettings()
	 * @generated
	 */
	EAttribute getScoringSettings_WrongCodeCredit();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ScoringSettings#getDefaultLayerWeight <em>Default Layer Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Layer Weight</em>'.
	 * @see org.framebench.model.ScoringSettings#getDefaultLayerWeight()
	 * @see #getScoringSettings()
	 * @generated
	 */
	EAttribute getScoringSettings_DefaultLayerWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ScoringSettings#getAttributeWeight <em>Attribute Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute Weight</em>'.
	 * @see org.framebench.model.ScoringSettings#getAttributeWeight()
	 * @see #getScoringSettings()
	 * @generated
	 */
	EAttribute getScoringSettings_AttributeWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ScoringSettings#getLinkWeight <em>Link Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link Weight</em>'.
	 * @see org.framebench.model.ScoringSettings#getLinkWeight()
	 * @see #getScoringSettings()
	 * @generated
	 */
	EAttribute getScoringSettings_LinkWeight();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ScoringSettings#getLayerWeights <em>Layer Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layer Weights</em>'.
	 * @see org.framebench.model.ScoringSettings#getLayerWeights()
	 * @see #getScoringSettings()
	 * @generated
	 */
	EReference getScoringSettings_LayerWeights();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.LayerWeight <em>Layer Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Weight</em>'.
	 * @see org.framebench.model.LayerWeight
	 * @generated
	 */
	EClass getLayerWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.LayerWeight#getLayerId <em>Layer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Id</em>'.
	 * @see org.framebench.model.LayerWeight#getLayerId()
	 * @see #getLayerWeight()
	 * @generated
	 */
	EAttribute getLayerWeight_LayerId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.LayerWeight#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.framebench.model.LayerWeight#getWeight()
	 * @see #getLayerWeight()
	 * @generated
	 */
	EAttribute getLayerWeight_Weight();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.Adjustment <em>Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adjustment</em>'.
	 * @see org.framebench.model.Adjustment
	 * @generated
	 */
	EClass getAdjustment();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framebench.model.Adjustment#getId()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getSubmissionId <em>Submission Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submission Id</em>'.
	 * @see org.framebench.model.Adjustment#getSubmissionId()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_SubmissionId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getSubmissionAnnotatorId <em>Submission Annotator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submission Annotator Id</em>'.
	 * @see org.framebench.model.Adjustment#getSubmissionAnnotatorId()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_SubmissionAnnotatorId();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.framebench.model.Adjustment#getPoints()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.framebench.model.Adjustment#getReason()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.framebench.model.Adjustment#getAuthor()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.Adjustment#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.framebench.model.Adjustment#getCreated()
	 * @see #getAdjustment()
	 * @generated
	 */
	EAttribute getAdjustment_Created();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.ReturnedReview <em>Returned Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Returned Review</em>'.
	 * @see org.framebench.model.ReturnedReview
	 * @generated
	 */
	EClass getReturnedReview();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getReturned <em>Returned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Returned</em>'.
	 * @see org.framebench.model.ReturnedReview#getReturned()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_Returned();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.framebench.model.ReturnedReview#getAuthor()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.framebench.model.ReturnedReview#getScore()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getFeedbackPoints <em>Feedback Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback Points</em>'.
	 * @see org.framebench.model.ReturnedReview#getFeedbackPoints()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_FeedbackPoints();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getAdjustment <em>Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjustment</em>'.
	 * @see org.framebench.model.ReturnedReview#getAdjustment()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_Adjustment();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getAdjustmentReason <em>Adjustment Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjustment Reason</em>'.
	 * @see org.framebench.model.ReturnedReview#getAdjustmentReason()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_AdjustmentReason();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.framebench.model.ReturnedReview#getGrade()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedReview#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.framebench.model.ReturnedReview#getExplanation()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EAttribute getReturnedReview_Explanation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ReturnedReview#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.framebench.model.ReturnedReview#getTerms()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EReference getReturnedReview_Terms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ReturnedReview#getMarks <em>Marks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Marks</em>'.
	 * @see org.framebench.model.ReturnedReview#getMarks()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EReference getReturnedReview_Marks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ReturnedReview#getGhosts <em>Ghosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ghosts</em>'.
	 * @see org.framebench.model.ReturnedReview#getGhosts()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EReference getReturnedReview_Ghosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framebench.model.ReturnedReview#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback</em>'.
	 * @see org.framebench.model.ReturnedReview#getFeedback()
	 * @see #getReturnedReview()
	 * @generated
	 */
	EReference getReturnedReview_Feedback();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.ReturnedTerm <em>Returned Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Returned Term</em>'.
	 * @see org.framebench.model.ReturnedTerm
	 * @generated
	 */
	EClass getReturnedTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedTerm#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.framebench.model.ReturnedTerm#getLabel()
	 * @see #getReturnedTerm()
	 * @generated
	 */
	EAttribute getReturnedTerm_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedTerm#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.framebench.model.ReturnedTerm#getWeight()
	 * @see #getReturnedTerm()
	 * @generated
	 */
	EAttribute getReturnedTerm_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedTerm#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.framebench.model.ReturnedTerm#getValue()
	 * @see #getReturnedTerm()
	 * @generated
	 */
	EAttribute getReturnedTerm_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.ReturnedTerm#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.framebench.model.ReturnedTerm#getNote()
	 * @see #getReturnedTerm()
	 * @generated
	 */
	EAttribute getReturnedTerm_Note();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.MatchMark <em>Match Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match Mark</em>'.
	 * @see org.framebench.model.MatchMark
	 * @generated
	 */
	EClass getMatchMark();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.MatchMark#getAnnotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotation</em>'.
	 * @see org.framebench.model.MatchMark#getAnnotation()
	 * @see #getMatchMark()
	 * @generated
	 */
	EReference getMatchMark_Annotation();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.MatchMark#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framebench.model.MatchMark#getKind()
	 * @see #getMatchMark()
	 * @generated
	 */
	EAttribute getMatchMark_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.MatchMark#getOverlap <em>Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overlap</em>'.
	 * @see org.framebench.model.MatchMark#getOverlap()
	 * @see #getMatchMark()
	 * @generated
	 */
	EAttribute getMatchMark_Overlap();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.MatchMark#getKeyCode <em>Key Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Key Code</em>'.
	 * @see org.framebench.model.MatchMark#getKeyCode()
	 * @see #getMatchMark()
	 * @generated
	 */
	EReference getMatchMark_KeyCode();

	/**
	 * Returns the meta object for class '{@link org.framebench.model.GhostAnnotation <em>Ghost Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ghost Annotation</em>'.
	 * @see org.framebench.model.GhostAnnotation
	 * @generated
	 */
	EClass getGhostAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.GhostAnnotation#getKeyAnnotationId <em>Key Annotation Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Annotation Id</em>'.
	 * @see org.framebench.model.GhostAnnotation#getKeyAnnotationId()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EAttribute getGhostAnnotation_KeyAnnotationId();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.GhostAnnotation#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Article</em>'.
	 * @see org.framebench.model.GhostAnnotation#getArticle()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EReference getGhostAnnotation_Article();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.GhostAnnotation#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.framebench.model.GhostAnnotation#getRegion()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EAttribute getGhostAnnotation_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.GhostAnnotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.framebench.model.GhostAnnotation#getBegin()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EAttribute getGhostAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.GhostAnnotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.framebench.model.GhostAnnotation#getEnd()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EAttribute getGhostAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.framebench.model.GhostAnnotation#getCoveredText <em>Covered Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covered Text</em>'.
	 * @see org.framebench.model.GhostAnnotation#getCoveredText()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EAttribute getGhostAnnotation_CoveredText();

	/**
	 * Returns the meta object for the reference '{@link org.framebench.model.GhostAnnotation#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.framebench.model.GhostAnnotation#getCode()
	 * @see #getGhostAnnotation()
	 * @generated
	 */
	EReference getGhostAnnotation_Code();

	/**
	 * Returns the meta object for enum '{@link org.framebench.model.AttributeKind <em>Attribute Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribute Kind</em>'.
	 * @see org.framebench.model.AttributeKind
	 * @generated
	 */
	EEnum getAttributeKind();

	/**
	 * Returns the meta object for enum '{@link org.framebench.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.framebench.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.framebench.model.LinkKind <em>Link Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Kind</em>'.
	 * @see org.framebench.model.LinkKind
	 * @generated
	 */
	EEnum getLinkKind();

	/**
	 * Returns the meta object for enum '{@link org.framebench.model.TextRegion <em>Text Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Text Region</em>'.
	 * @see org.framebench.model.TextRegion
	 * @generated
	 */
	EEnum getTextRegion();

	/**
	 * Returns the meta object for enum '{@link org.framebench.model.MatchKind <em>Match Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Match Kind</em>'.
	 * @see org.framebench.model.MatchKind
	 * @generated
	 */
	EEnum getMatchKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FramebenchFactory getFramebenchFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.AssignmentImpl <em>Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.AssignmentImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAssignment()
		 * @generated
		 */
		EClass ASSIGNMENT = eINSTANCE.getAssignment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__ID = eINSTANCE.getAssignment_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__TITLE = eINSTANCE.getAssignment_Title();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__VERSION = eINSTANCE.getAssignment_Version();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__INSTRUCTIONS = eINSTANCE.getAssignment_Instructions();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__ARTICLES = eINSTANCE.getAssignment_Articles();

		/**
		 * The meta object literal for the '<em><b>Codebook</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__CODEBOOK = eINSTANCE.getAssignment_Codebook();

		/**
		 * The meta object literal for the '<em><b>Suggestions For Students</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS = eINSTANCE.getAssignment_SuggestionsForStudents();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ArticleImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__ID = eINSTANCE.getArticle_Id();

		/**
		 * The meta object literal for the '<em><b>Outlet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__OUTLET = eINSTANCE.getArticle_Outlet();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TITLE = eINSTANCE.getArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__SOURCE_FILE = eINSTANCE.getArticle_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__NOTES = eINSTANCE.getArticle_Notes();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TEXT = eINSTANCE.getArticle_Text();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__SHA256 = eINSTANCE.getArticle_Sha256();

		/**
		 * The meta object literal for the '<em><b>Headline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__HEADLINE = eINSTANCE.getArticle_Headline();

		/**
		 * The meta object literal for the '<em><b>Byline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__BYLINE = eINSTANCE.getArticle_Byline();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__PUBLISHED = eINSTANCE.getArticle_Published();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__URL = eINSTANCE.getArticle_Url();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.CodebookImpl <em>Codebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.CodebookImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getCodebook()
		 * @generated
		 */
		EClass CODEBOOK = eINSTANCE.getCodebook();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__ID = eINSTANCE.getCodebook_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__NAME = eINSTANCE.getCodebook_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__VERSION = eINSTANCE.getCodebook_Version();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODEBOOK__SHA256 = eINSTANCE.getCodebook_Sha256();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOK__LAYERS = eINSTANCE.getCodebook_Layers();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOK__REFERENCES = eINSTANCE.getCodebook_References();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ReferenceImpl <em>Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ReferenceImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getReference()
		 * @generated
		 */
		EClass REFERENCE = eINSTANCE.getReference();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__KEY = eINSTANCE.getReference_Key();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__CITATION = eINSTANCE.getReference_Citation();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.LayerImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ID = eINSTANCE.getLayer_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__LABEL = eINSTANCE.getLayer_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__DESCRIPTION = eINSTANCE.getLayer_Description();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CODES = eINSTANCE.getLayer_Codes();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.CodeImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__ID = eINSTANCE.getCode_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__LABEL = eINSTANCE.getCode_Label();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DEFINITION = eINSTANCE.getCode_Definition();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__EXAMPLE = eINSTANCE.getCode_Example();

		/**
		 * The meta object literal for the '<em><b>Example Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__EXAMPLE_SOURCE = eINSTANCE.getCode_ExampleSource();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__COLOUR = eINSTANCE.getCode_Colour();

		/**
		 * The meta object literal for the '<em><b>Shortcut Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__SHORTCUT_KEY = eINSTANCE.getCode_ShortcutKey();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__REFERENCES = eINSTANCE.getCode_References();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__ATTRIBUTES = eINSTANCE.getCode_Attributes();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__LAYER = eINSTANCE.getCode_Layer();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.AttributeDefinitionImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAttributeDefinition()
		 * @generated
		 */
		EClass ATTRIBUTE_DEFINITION = eINSTANCE.getAttributeDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__ID = eINSTANCE.getAttributeDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__LABEL = eINSTANCE.getAttributeDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__DESCRIPTION = eINSTANCE.getAttributeDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__KIND = eINSTANCE.getAttributeDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Allowed Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__ALLOWED_VALUES = eINSTANCE.getAttributeDefinition_AllowedValues();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.AnnotationDocumentImpl <em>Annotation Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.AnnotationDocumentImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAnnotationDocument()
		 * @generated
		 */
		EClass ANNOTATION_DOCUMENT = eINSTANCE.getAnnotationDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__ID = eINSTANCE.getAnnotationDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__FORMAT_VERSION = eINSTANCE.getAnnotationDocument_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Annotator Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__ANNOTATOR_NAME = eINSTANCE.getAnnotationDocument_AnnotatorName();

		/**
		 * The meta object literal for the '<em><b>Annotator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__ANNOTATOR_ID = eINSTANCE.getAnnotationDocument_AnnotatorId();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__ROLE = eINSTANCE.getAnnotationDocument_Role();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__CREATED = eINSTANCE.getAnnotationDocument_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__MODIFIED = eINSTANCE.getAnnotationDocument_Modified();

		/**
		 * The meta object literal for the '<em><b>Tool Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__TOOL_VERSION = eINSTANCE.getAnnotationDocument_ToolVersion();

		/**
		 * The meta object literal for the '<em><b>Assignment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_DOCUMENT__ASSIGNMENT = eINSTANCE.getAnnotationDocument_Assignment();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_DOCUMENT__ANNOTATIONS = eINSTANCE.getAnnotationDocument_Annotations();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_DOCUMENT__LINKS = eINSTANCE.getAnnotationDocument_Links();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_DOCUMENT__FEEDBACK = eINSTANCE.getAnnotationDocument_Feedback();

		/**
		 * The meta object literal for the '<em><b>Comparison Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_DOCUMENT__COMPARISON_NOTES = eINSTANCE.getAnnotationDocument_ComparisonNotes();

		/**
		 * The meta object literal for the '<em><b>Returned Review</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_DOCUMENT__RETURNED_REVIEW = eINSTANCE.getAnnotationDocument_ReturnedReview();

		/**
		 * The meta object literal for the '<em><b>Dismissed Suggestions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS = eINSTANCE.getAnnotationDocument_DismissedSuggestions();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ComparisonNoteImpl <em>Comparison Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ComparisonNoteImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getComparisonNote()
		 * @generated
		 */
		EClass COMPARISON_NOTE = eINSTANCE.getComparisonNote();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_NOTE__ID = eINSTANCE.getComparisonNote_Id();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON_NOTE__ANNOTATIONS = eINSTANCE.getComparisonNote_Annotations();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_NOTE__TEXT = eINSTANCE.getComparisonNote_Text();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_NOTE__CREATED = eINSTANCE.getComparisonNote_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON_NOTE__MODIFIED = eINSTANCE.getComparisonNote_Modified();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.AnnotationImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__ARTICLE = eINSTANCE.getAnnotation_Article();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__BEGIN = eINSTANCE.getAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__END = eINSTANCE.getAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Covered Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__COVERED_TEXT = eINSTANCE.getAnnotation_CoveredText();

		/**
		 * The meta object literal for the '<em><b>Context Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CONTEXT_BEFORE = eINSTANCE.getAnnotation_ContextBefore();

		/**
		 * The meta object literal for the '<em><b>Context After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CONTEXT_AFTER = eINSTANCE.getAnnotation_ContextAfter();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__CODE = eINSTANCE.getAnnotation_Code();

		/**
		 * The meta object literal for the '<em><b>Attribute Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__ATTRIBUTE_VALUES = eINSTANCE.getAnnotation_AttributeValues();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__NOTE = eINSTANCE.getAnnotation_Note();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED = eINSTANCE.getAnnotation_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MODIFIED = eINSTANCE.getAnnotation_Modified();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__REGION = eINSTANCE.getAnnotation_Region();

		/**
		 * The meta object literal for the '<em><b>From Suggestion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__FROM_SUGGESTION = eINSTANCE.getAnnotation_FromSuggestion();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.AttributeValueImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAttributeValue()
		 * @generated
		 */
		EClass ATTRIBUTE_VALUE = eINSTANCE.getAttributeValue();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__KEY = eINSTANCE.getAttributeValue_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__VALUE = eINSTANCE.getAttributeValue_Value();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.LinkImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__ID = eINSTANCE.getLink_Id();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__KIND = eINSTANCE.getLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__NOTE = eINSTANCE.getLink_Note();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__CREATED = eINSTANCE.getLink_Created();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.FeedbackImpl <em>Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.FeedbackImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getFeedback()
		 * @generated
		 */
		EClass FEEDBACK = eINSTANCE.getFeedback();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__ID = eINSTANCE.getFeedback_Id();

		/**
		 * The meta object literal for the '<em><b>Annotation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK__ANNOTATION = eINSTANCE.getFeedback_Annotation();

		/**
		 * The meta object literal for the '<em><b>Annotation Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__ANNOTATION_ID = eINSTANCE.getFeedback_AnnotationId();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__AUTHOR = eINSTANCE.getFeedback_Author();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__TEXT = eINSTANCE.getFeedback_Text();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__SCORE = eINSTANCE.getFeedback_Score();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__CREATED = eINSTANCE.getFeedback_Created();

		/**
		 * The meta object literal for the '<em><b>Submission Annotator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__SUBMISSION_ANNOTATOR_ID = eINSTANCE.getFeedback_SubmissionAnnotatorId();

		/**
		 * The meta object literal for the '<em><b>Submission Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__SUBMISSION_ID = eINSTANCE.getFeedback_SubmissionId();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ReviewDocumentImpl <em>Review Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ReviewDocumentImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getReviewDocument()
		 * @generated
		 */
		EClass REVIEW_DOCUMENT = eINSTANCE.getReviewDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__ID = eINSTANCE.getReviewDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__FORMAT_VERSION = eINSTANCE.getReviewDocument_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Assignment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__ASSIGNMENT_ID = eINSTANCE.getReviewDocument_AssignmentId();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__AUTHOR = eINSTANCE.getReviewDocument_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__CREATED = eINSTANCE.getReviewDocument_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__MODIFIED = eINSTANCE.getReviewDocument_Modified();

		/**
		 * The meta object literal for the '<em><b>Tool Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DOCUMENT__TOOL_VERSION = eINSTANCE.getReviewDocument_ToolVersion();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_DOCUMENT__FEEDBACK = eINSTANCE.getReviewDocument_Feedback();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_DOCUMENT__SCORING = eINSTANCE.getReviewDocument_Scoring();

		/**
		 * The meta object literal for the '<em><b>Adjustments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_DOCUMENT__ADJUSTMENTS = eINSTANCE.getReviewDocument_Adjustments();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ScoringSettingsImpl <em>Scoring Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ScoringSettingsImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getScoringSettings()
		 * @generated
		 */
		EClass SCORING_SETTINGS = eINSTANCE.getScoringSettings();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SETTINGS__THRESHOLD = eINSTANCE.getScoringSettings_Threshold();

		/**
		 * The meta object literal for the '<em><b>Wrong Code Credit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SETTINGS__WRONG_CODE_CREDIT = eINSTANCE.getScoringSettings_WrongCodeCredit();

		/**
		 * The meta object literal for the '<em><b>Default Layer Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT = eINSTANCE.getScoringSettings_DefaultLayerWeight();

		/**
		 * The meta object literal for the '<em><b>Attribute Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SETTINGS__ATTRIBUTE_WEIGHT = eINSTANCE.getScoringSettings_AttributeWeight();

		/**
		 * The meta object literal for the '<em><b>Link Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SETTINGS__LINK_WEIGHT = eINSTANCE.getScoringSettings_LinkWeight();

		/**
		 * The meta object literal for the '<em><b>Layer Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SETTINGS__LAYER_WEIGHTS = eINSTANCE.getScoringSettings_LayerWeights();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.LayerWeightImpl <em>Layer Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.LayerWeightImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getLayerWeight()
		 * @generated
		 */
		EClass LAYER_WEIGHT = eINSTANCE.getLayerWeight();

		/**
		 * The meta object literal for the '<em><b>Layer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_WEIGHT__LAYER_ID = eINSTANCE.getLayerWeight_LayerId();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_WEIGHT__WEIGHT = eINSTANCE.getLayerWeight_Weight();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.AdjustmentImpl <em>Adjustment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.AdjustmentImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAdjustment()
		 * @generated
		 */
		EClass ADJUSTMENT = eINSTANCE.getAdjustment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__ID = eINSTANCE.getAdjustment_Id();

		/**
		 * The meta object literal for the '<em><b>Submission Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__SUBMISSION_ID = eINSTANCE.getAdjustment_SubmissionId();

		/**
		 * The meta object literal for the '<em><b>Submission Annotator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__SUBMISSION_ANNOTATOR_ID = eINSTANCE.getAdjustment_SubmissionAnnotatorId();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__POINTS = eINSTANCE.getAdjustment_Points();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__REASON = eINSTANCE.getAdjustment_Reason();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__AUTHOR = eINSTANCE.getAdjustment_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADJUSTMENT__CREATED = eINSTANCE.getAdjustment_Created();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ReturnedReviewImpl <em>Returned Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ReturnedReviewImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getReturnedReview()
		 * @generated
		 */
		EClass RETURNED_REVIEW = eINSTANCE.getReturnedReview();

		/**
		 * The meta object literal for the '<em><b>Returned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__RETURNED = eINSTANCE.getReturnedReview_Returned();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__AUTHOR = eINSTANCE.getReturnedReview_Author();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__SCORE = eINSTANCE.getReturnedReview_Score();

		/**
		 * The meta object literal for the '<em><b>Feedback Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__FEEDBACK_POINTS = eINSTANCE.getReturnedReview_FeedbackPoints();

		/**
		 * The meta object literal for the '<em><b>Adjustment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__ADJUSTMENT = eINSTANCE.getReturnedReview_Adjustment();

		/**
		 * The meta object literal for the '<em><b>Adjustment Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__ADJUSTMENT_REASON = eINSTANCE.getReturnedReview_AdjustmentReason();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__GRADE = eINSTANCE.getReturnedReview_Grade();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_REVIEW__EXPLANATION = eINSTANCE.getReturnedReview_Explanation();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURNED_REVIEW__TERMS = eINSTANCE.getReturnedReview_Terms();

		/**
		 * The meta object literal for the '<em><b>Marks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURNED_REVIEW__MARKS = eINSTANCE.getReturnedReview_Marks();

		/**
		 * The meta object literal for the '<em><b>Ghosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURNED_REVIEW__GHOSTS = eINSTANCE.getReturnedReview_Ghosts();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURNED_REVIEW__FEEDBACK = eINSTANCE.getReturnedReview_Feedback();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.ReturnedTermImpl <em>Returned Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.ReturnedTermImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getReturnedTerm()
		 * @generated
		 */
		EClass RETURNED_TERM = eINSTANCE.getReturnedTerm();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_TERM__LABEL = eINSTANCE.getReturnedTerm_Label();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_TERM__WEIGHT = eINSTANCE.getReturnedTerm_Weight();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_TERM__VALUE = eINSTANCE.getReturnedTerm_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURNED_TERM__NOTE = eINSTANCE.getReturnedTerm_Note();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.MatchMarkImpl <em>Match Mark</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.MatchMarkImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getMatchMark()
		 * @generated
		 */
		EClass MATCH_MARK = eINSTANCE.getMatchMark();

		/**
		 * The meta object literal for the '<em><b>Annotation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH_MARK__ANNOTATION = eINSTANCE.getMatchMark_Annotation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_MARK__KIND = eINSTANCE.getMatchMark_Kind();

		/**
		 * The meta object literal for the '<em><b>Overlap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_MARK__OVERLAP = eINSTANCE.getMatchMark_Overlap();

		/**
		 * The meta object literal for the '<em><b>Key Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATCH_MARK__KEY_CODE = eINSTANCE.getMatchMark_KeyCode();

		/**
		 * The meta object literal for the '{@link org.framebench.model.impl.GhostAnnotationImpl <em>Ghost Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.impl.GhostAnnotationImpl
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getGhostAnnotation()
		 * @generated
		 */
		EClass GHOST_ANNOTATION = eINSTANCE.getGhostAnnotation();

		/**
		 * The meta object literal for the '<em><b>Key Annotation Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GHOST_ANNOTATION__KEY_ANNOTATION_ID = eINSTANCE.getGhostAnnotation_KeyAnnotationId();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GHOST_ANNOTATION__ARTICLE = eINSTANCE.getGhostAnnotation_Article();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GHOST_ANNOTATION__REGION = eINSTANCE.getGhostAnnotation_Region();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GHOST_ANNOTATION__BEGIN = eINSTANCE.getGhostAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GHOST_ANNOTATION__END = eINSTANCE.getGhostAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Covered Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GHOST_ANNOTATION__COVERED_TEXT = eINSTANCE.getGhostAnnotation_CoveredText();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GHOST_ANNOTATION__CODE = eINSTANCE.getGhostAnnotation_Code();

		/**
		 * The meta object literal for the '{@link org.framebench.model.AttributeKind <em>Attribute Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.AttributeKind
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getAttributeKind()
		 * @generated
		 */
		EEnum ATTRIBUTE_KIND = eINSTANCE.getAttributeKind();

		/**
		 * The meta object literal for the '{@link org.framebench.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.Role
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.framebench.model.LinkKind <em>Link Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.LinkKind
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getLinkKind()
		 * @generated
		 */
		EEnum LINK_KIND = eINSTANCE.getLinkKind();

		/**
		 * The meta object literal for the '{@link org.framebench.model.TextRegion <em>Text Region</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.TextRegion
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getTextRegion()
		 * @generated
		 */
		EEnum TEXT_REGION = eINSTANCE.getTextRegion();

		/**
		 * The meta object literal for the '{@link org.framebench.model.MatchKind <em>Match Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framebench.model.MatchKind
		 * @see org.framebench.model.impl.FramebenchPackageImpl#getMatchKind()
		 * @generated
		 */
		EEnum MATCH_KIND = eINSTANCE.getMatchKind();

	}

} //FramebenchPackage
