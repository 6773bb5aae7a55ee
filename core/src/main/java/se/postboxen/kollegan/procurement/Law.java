package se.postboxen.kollegan.procurement;

/** The procurement act a buyer is under. */
public enum Law {

	/** Lag (2016:1145) om offentlig upphandling. */
	LOU("SFS 2016:1145"),

	/** Lag (2016:1146) om upphandling inom försörjningssektorerna. */
	LUF("SFS 2016:1146");

	private final String sfs;

	Law(String sfs) {
		this.sfs = sfs;
	}

	public String sfs() {
		return this.sfs;
	}

	/** {@code LOU 11 kap. 2 §} from {@code "11 kap. 2 §"}. */
	RuleRef rule(String place) {
		return RuleRef.law(name() + " " + place);
	}

}
