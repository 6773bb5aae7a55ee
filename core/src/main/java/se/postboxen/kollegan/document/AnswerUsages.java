package se.postboxen.kollegan.document;

/**
 * What remote language models cost for questions about documents, one record for every
 * question a model answered or began to (a model that failed was still paid for), kept
 * beside what recaps cost.
 */
public interface AnswerUsages {

	void record(AnswerUsage usage);

}
