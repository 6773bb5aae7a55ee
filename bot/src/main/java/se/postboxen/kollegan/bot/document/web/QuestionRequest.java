package se.postboxen.kollegan.bot.document.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.document.DocumentCopilot;

/** A question about a document, in the reader's own words, on one line. */
record QuestionRequest(@NotBlank @Size(max = DocumentCopilot.MAX_QUESTION_LENGTH) @SingleLine String question) {

}
