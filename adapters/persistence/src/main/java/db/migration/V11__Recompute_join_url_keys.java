package db.migration;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import se.postboxen.kollegan.meeting.JoinUrls;

/**
 * V4 filled {@code meeting.join_url_key} in SQL, which cannot decode the path, fold
 * Zoom's regional hosts or keep Webex's meeting number as {@link JoinUrls#key} does; a
 * meeting stored before V4 would then not be recognised when it arrives again. The key is
 * the application's rule, so it is recomputed here with the application's code.
 */
public class V11__Recompute_join_url_keys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("SELECT id, join_url FROM meeting");
				PreparedStatement update = context.getConnection()
					.prepareStatement("UPDATE meeting SET join_url_key = ? WHERE id = ?")) {
			while (rows.next()) {
				update.setString(1, JoinUrls.key(URI.create(rows.getString("join_url"))));
				update.setObject(2, rows.getObject("id", UUID.class));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
