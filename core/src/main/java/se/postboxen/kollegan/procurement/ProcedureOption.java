package se.postboxen.kollegan.procurement;

/**
 * A procedure open to the buyer.
 *
 * @param conditional whether the law allows it only under conditions the simulator does
 * not assess
 */
public record ProcedureOption(Procedure procedure, boolean conditional, Basis basis) {

}
