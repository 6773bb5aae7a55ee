/**
 * Juridik-Gunnar, the legal analysis: at consent level Juridik, for a tenant with the
 * module on, each published recap is followed by a reading of the meeting for what a
 * lawyer should look at (personal data, secrecy and public access, procurement rules,
 * appeal deadlines, commitments), each finding with the words, the speaker and the rule.
 * The document copilot's legal checks are in the document package.
 */
@NullMarked
package se.postboxen.kollegan.legal;

import org.jspecify.annotations.NullMarked;
