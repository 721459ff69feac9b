/**
 */
package org.framebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Link Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framebench.model.FramebenchPackage#getLinkKind()
 * @model
 * @generated
 */
public enum LinkKind implements Enumerator {
	/**
	 * The '<em><b>SAME STATEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAME_STATEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SAME_STATEMENT(0, "SAME_STATEMENT", "same-statement"),

	/**
	 * The '<em><b>SAME SOURCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAME_SOURCE_VALUE
	 * @generated
	 * @ordered
	 */
	SAME_SOURCE(1, "SAME_SOURCE", "same-source"),

	/**
	 * The '<em><b>CONTRASTING FRAMING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRASTING_FRAMING_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRASTING_FRAMING(2, "CONTRASTING_FRAMING", "contrasting-framing"),

	/**
	 * The '<em><b>OMISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	OMISSION(3, "OMISSION", "omission"),

	/**
	 * The '<em><b>ATTRIBUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * These annotations are the source, cue and content of one attribution (who said it, the reporting verb, what was said).
	 * <!-- end-model-doc -->
	 * @see #ATTRIBUTION_VALUE
	 * @generated
	 * @ordered
	 */
	ATTRIBUTION(4, "ATTRIBUTION", "attribution");

	/**
	 * The '<em><b>SAME STATEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAME_STATEMENT
	 * @model literal="same-statement"
	 * @generated
	 * @ordered
	 */
	public static final int SAME_STATEMENT_VALUE = 0;

	/**
	 * The '<em><b>SAME SOURCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAME_SOURCE
	 * @model literal="same-source"
	 * @generated
	 * @ordered
	 */
	public static final int SAME_SOURCE_VALUE = 1;

	/**
	 * The '<em><b>CONTRASTING FRAMING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRASTING_FRAMING
	 * @model literal="contrasting-framing"
	 * @generated
	 * @ordered
	 */
	public static final int CONTRASTING_FRAMING_VALUE = 2;

	/**
	 * The '<em><b>OMISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMISSION
	 * @model literal="omission"
	 * @generated
	 * @ordered
	 */
	public static final int OMISSION_VALUE = 3;

	/**
	 * The '<em><b>ATTRIBUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * These annotations are the source, cue and content of one attribution (who said it, the reporting verb, what was said).
	 * <!-- end-model-doc -->
	 * @see #ATTRIBUTION
	 * @model literal="attribution"
	 * @generated
	 * @ordered
	 */
	public static final int ATTRIBUTION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Link Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LinkKind[] VALUES_ARRAY =
		new LinkKind[] {
			SAME_STATEMENT,
			SAME_SOURCE,
			CONTRASTING_FRAMING,
			OMISSION,
			ATTRIBUTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Link Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LinkKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Link Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkKind get(int value) {
		switch (value) {
			case SAME_STATEMENT_VALUE: return SAME_STATEMENT;
			case SAME_SOURCE_VALUE: return SAME_SOURCE;
			case CONTRASTING_FRAMING_VALUE: return CONTRASTING_FRAMING;
			case OMISSION_VALUE: return OMISSION;
			case ATTRIBUTION_VALUE: return ATTRIBUTION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LinkKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LinkKind
