/**
 * A hosted or self-hosted language model behind an OpenAI-compatible chat-completions
 * API, writing recaps with structured output. Its wire types stay in this package.
 */
@NullMarked
package se.postboxen.kollegan.adapter.llm;

import org.jspecify.annotations.NullMarked;
