package se.postboxen.kollegan.adapter.llm;

/**
 * The tokens one recap has cost so far, over all its calls, as the model counted them.
 * Belongs to one recap, on one thread.
 */
final class Tokens {

	private long prompt;

	private long completion;

	private int calls;

	void add(long prompt, long completion) {
		this.prompt += Math.max(0, prompt);
		this.completion += Math.max(0, completion);
		this.calls++;
	}

	long prompt() {
		return this.prompt;
	}

	long completion() {
		return this.completion;
	}

	/** Whether any call was answered, and so paid for. */
	boolean any() {
		return this.calls > 0;
	}

}
