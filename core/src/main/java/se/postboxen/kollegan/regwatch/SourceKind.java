package se.postboxen.kollegan.regwatch;

/** How a regwatch source is read. */
public enum SourceKind {

	RSS, ATOM, JSON, WEB_PAGE

}
