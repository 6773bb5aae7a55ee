package se.postboxen.kollegan.document;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A party to the agreement: an organisation or person named as one.
 *
 * @param name as the document writes it
 * @param role what the document calls it ("Beställare", "Leverantören", "the Customer"),
 * when it says
 * @param organisationNumber its Swedish organisation number ({@code NNNNNN-NNNN}), when
 * given
 * @param source where it is named
 */
public record Party(String name, @Nullable String role, @Nullable String organisationNumber, Passage source) {

	public Party {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
	}

}
