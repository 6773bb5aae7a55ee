package se.postboxen.kollegan.bot.manifests;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.imageio.ImageIO;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Teams app package in {@code manifests/teams} against Microsoft's JSON schema,
 * vendored byte for byte from the npm package {@code @microsoft/app-manifest} into
 * {@code manifests/schema} ({@code .ci/run} compares the copy with the package), plus the
 * product facts the schema cannot know. Runs offline: no schema is fetched.
 */
class TeamsManifestTests {

	private static final Path TEAMS = Path.of("..", "manifests", "teams");

	private static final Path SCHEMAS = Path.of("..", "manifests", "schema", "teams");

	private static final String TEAMS_APP_ID = "6f1c3a52-8d4e-4b7a-9c21-0e5d7f9a3b64";

	private static final String MICROSOFT_APP_ID = "2b7e9d41-5c3a-4f8e-b6d2-91a0c4e7f358";

	private static final String HOST = "kollegan.example";

	private static final List<String> COMMANDS = List.of("join", "status", "leave", "help");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void filledManifestValidatesAgainstMicrosoftsSchema() throws IOException {
		JsonNode manifest = filled("manifest.json");

		assertValid(schemaFor(manifest, "MicrosoftTeams.schema.json"), manifest);
	}

	@Test
	void swedishLocalizationValidatesAndNamesOnlyExistingManifestFields() throws IOException {
		JsonNode manifest = filled("manifest.json");
		JsonNode localization = manifest.path("localizationInfo");
		assertThat(localization.path("defaultLanguageTag").asString()).isEqualTo("en");
		List<JsonNode> languages = elements(localization.path("additionalLanguages"));
		assertThat(languages).extracting((language) -> language.path("languageTag").asString()).containsExactly("sv");

		for (JsonNode language : languages) {
			String file = language.path("file").asString();
			JsonNode translation = filled(file);
			assertValid(schemaFor(manifest, "MicrosoftTeams.Localization.schema.json"), translation);
			assertThat(translation.path("$schema").asString())
				.isEqualTo(officialSchemaUrl(manifest, "MicrosoftTeams.Localization.schema.json"));
			for (String key : translation.propertyNames()) {
				if (!key.equals("$schema")) {
					assertThat(manifest.at(pointer(key)).isMissingNode())
						.as("%s in %s translates a manifest field", key, file)
						.isFalse();
				}
			}
		}
	}

	@Test
	void validationIsLiveAndRejectsABotWithoutId() throws IOException {
		JsonNode manifest = filled("manifest.json");
		((ObjectNode) manifest.path("bots").path(0)).remove("botId");

		List<Error> errors = schemaFor(manifest, "MicrosoftTeams.schema.json").validate(manifest);

		assertThat(errors).as(describe(errors)).anySatisfy((error) -> {
			assertThat(error.getKeyword()).isEqualTo("required");
			assertThat(error.getInstanceLocation()).hasToString("/bots/0");
			assertThat(error.getProperty()).isEqualTo("botId");
		});
	}

	@Test
	void validationHoldsTheManifestToItsSchemasVersion() throws IOException {
		JsonNode manifest = filled("manifest.json");
		Schema schema = schemaFor(manifest, "MicrosoftTeams.schema.json");
		((ObjectNode) manifest).put("manifestVersion", "1.29");

		List<Error> errors = schema.validate(manifest);

		assertThat(errors).as(describe(errors))
			.anySatisfy((error) -> assertThat(error.getInstanceLocation()).hasToString("/manifestVersion"));
	}

	@Test
	void validationRejectsAnIdThatIsNotAGuid() throws IOException {
		JsonNode manifest = filled("manifest.json");
		((ObjectNode) manifest).put("id", HOST);

		List<Error> errors = schemaFor(manifest, "MicrosoftTeams.schema.json").validate(manifest);

		assertThat(errors).as(describe(errors))
			.anySatisfy((error) -> assertThat(error.getInstanceLocation()).hasToString("/id"));
	}

	@Test
	void readsMicrosoftsEcmaScriptPatternsAsEcmaScriptDoes() {
		Pattern xllFileName = Pattern.compile(ecmaScriptToJava("^(?!.*[\\r\\n\\f\\b\\v\\u0007\\t])[\\S]*\\.xll$"));

		assertThat(xllFileName.matcher("functions.xll").find()).isTrue();
		assertThat(xllFileName.matcher("func\btions.xll").find()).isFalse();
		assertThat(ecmaScriptToJava("[\\b\\v]\\v")).isEqualTo("[\\x08\\x0B]\\x0B");
		assertThat(ecmaScriptToJava("^\\bword[\\]b]$")).isEqualTo("^\\bword[\\]b]$");
	}

	@Test
	void pinsTheOfficialSchemaOfAManifestVersionWithSlashCommands() throws IOException {
		JsonNode manifest = template();
		String version = manifest.path("manifestVersion").asString();

		assertThat(manifest.path("$schema").asString())
			.isEqualTo(officialSchemaUrl(manifest, "MicrosoftTeams.schema.json"));
		String[] parts = version.split("\\.");
		assertThat(Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(parts[1])).as("manifest version %s", version)
			.isGreaterThanOrEqualTo(1029);
		// The vendored schema under v<version>/ is the one for that version.
		assertThat(read(SCHEMAS.resolve("v" + version).resolve("MicrosoftTeams.schema.json"))
			.at("/properties/manifestVersion/const")
			.asString()).isEqualTo(version);
	}

	@Test
	void templateHasOnlyThePlaceholdersBuildShFills() throws IOException {
		Matcher placeholders = Pattern.compile("\\{\\{([^}]*)}}")
			.matcher(Files.readString(TEAMS.resolve("manifest.json")) + Files.readString(TEAMS.resolve("sv.json")));
		List<String> names = new ArrayList<>();
		while (placeholders.find()) {
			names.add(placeholders.group(1));
		}

		assertThat(names).containsOnly("TEAMS_APP_ID", "MICROSOFT_APP_ID", "HOST")
			.contains("TEAMS_APP_ID", "MICROSOFT_APP_ID", "HOST");
		assertThat(filled("manifest.json").toString()).doesNotContain("{{");
	}

	@Test
	void botAndTabSignOnShareTheEntraAppOnKolleganHost() throws IOException {
		JsonNode manifest = filled("manifest.json");

		assertThat(manifest.path("id").asString()).isEqualTo(TEAMS_APP_ID);
		assertThat(manifest.at("/bots/0/botId").asString()).isEqualTo(MICROSOFT_APP_ID)
			.isEqualTo(manifest.at("/webApplicationInfo/id").asString());
		assertThat(manifest.at("/webApplicationInfo/resource").asString())
			.isEqualTo("api://" + HOST + "/" + MICROSOFT_APP_ID);
		assertThat(strings(manifest.path("validDomains"))).contains(HOST);
	}

	@Test
	void everyPageTeamsOpensIsOnAValidDomain() throws IOException {
		JsonNode manifest = filled("manifest.json");
		List<String> domains = strings(manifest.path("validDomains"));
		List<String> urls = new ArrayList<>();
		collectUrls(manifest, urls);

		assertThat(urls).isNotEmpty().allSatisfy((url) -> assertThat(domains).contains(URI.create(url).getHost()));
	}

	@Test
	void botOffersTheFourCommandsAsSlashCommandsWithTheMentionFallback() throws IOException {
		JsonNode bot = filled("manifest.json").at("/bots/0");
		assertThat(strings(bot.path("scopes"))).containsExactlyInAnyOrder("personal", "team", "groupChat");
		assertThat(bot.path("supportsTargetedMessages").asBoolean()).isTrue();
		assertThat(bot.path("supportsFiles").asBoolean()).isFalse();

		List<JsonNode> lists = elements(bot.path("commandLists"));
		assertThat(lists).allSatisfy((list) -> assertThat(elements(list.path("commands")))
			.extracting((command) -> command.path("title").asString())
			.containsExactlyElementsOf(COMMANDS));
		JsonNode meetings = lists.stream()
			.filter((list) -> strings(list.path("scopes")).contains("groupChat"))
			.findFirst()
			.orElseThrow();
		assertThat(strings(meetings.path("scopes"))).contains("team");
		assertThat(strings(meetings.path("triggers"))).containsExactlyInAnyOrder("slash", "mention");
		assertThat(lists).anySatisfy((list) -> assertThat(strings(list.path("scopes"))).contains("personal"));
	}

	@Test
	void dashboardIsAPersonalTabAndAMeetingSidePanel() throws IOException {
		JsonNode manifest = filled("manifest.json");

		assertThat(elements(manifest.path("staticTabs"))).anySatisfy((tab) -> {
			assertThat(tab.path("contentUrl").asString()).isEqualTo("https://" + HOST + "/teams/tab");
			assertThat(strings(tab.path("scopes"))).containsExactly("personal");
		});
		JsonNode meetingTab = manifest.at("/configurableTabs/0");
		assertThat(meetingTab.path("configurationUrl").asString()).isEqualTo("https://" + HOST + "/teams/configure");
		assertThat(strings(meetingTab.path("context"))).contains("meetingSidePanel", "meetingDetailsTab",
				"meetingChatTab");
	}

	@Test
	void asksOnlyForTheMeetingPermissionsItUses() throws IOException {
		List<String> granted = elements(filled("manifest.json").at("/authorization/permissions/resourceSpecific"))
			.stream()
			.map((permission) -> permission.path("name").asString() + ":" + permission.path("type").asString())
			.toList();

		assertThat(granted).contains("OnlineMeeting.ReadBasic.Chat:Application",
				"OnlineMeetingParticipant.Read.Chat:Application");
		assertThat(granted).noneMatch((permission) -> permission.startsWith("ChatMessage.")
				|| permission.contains(".ReadWrite") || permission.contains(".Manage"));
	}

	@Test
	void iconsAreTheSizesTeamsRequiresAndTheOutlineIsWhiteOnTransparent() throws IOException {
		JsonNode icons = template().path("icons");
		Path color = TEAMS.resolve(icons.path("color").asString());
		Path outline = TEAMS.resolve(icons.path("outline").asString());

		assertThat(pngSize(color)).containsExactly(192, 192);
		assertThat(pngSize(outline)).containsExactly(32, 32);
		BufferedImage image = ImageIO.read(outline.toFile());
		assertThat(image.getColorModel().hasAlpha()).isTrue();
		int opaque = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int argb = image.getRGB(x, y);
				if ((argb >>> 24) != 0) {
					assertThat(argb & 0xFFFFFF).as("outline pixel %d,%d is white", x, y).isEqualTo(0xFFFFFF);
					opaque++;
				}
			}
		}
		assertThat(opaque).as("the outline draws something")
			.isPositive()
			.isLessThan(image.getWidth() * image.getHeight());
	}

	private static JsonNode template() throws IOException {
		return read(TEAMS.resolve("manifest.json"));
	}

	/** A file of the package with the placeholders filled as {@code build.sh} does. */
	private static JsonNode filled(String file) throws IOException {
		String text = Files.readString(TEAMS.resolve(file), StandardCharsets.UTF_8)
			.replace("{{TEAMS_APP_ID}}", TEAMS_APP_ID)
			.replace("{{MICROSOFT_APP_ID}}", MICROSOFT_APP_ID)
			.replace("{{HOST}}", HOST);
		return json.readTree(text);
	}

	private static JsonNode read(Path file) throws IOException {
		return json.readTree(Files.readString(file, StandardCharsets.UTF_8));
	}

	private static String officialSchemaUrl(JsonNode manifest, String file) {
		return "https://developer.microsoft.com/json-schemas/teams/v" + manifest.path("manifestVersion").asString()
				+ "/" + file;
	}

	/**
	 * The vendored schema for the manifest's version, read with the JSON Schema draft it
	 * declares and registered under its official URL; remote fetching is off, so a
	 * reference outside the file fails instead of going online.
	 * <p>
	 * Microsoft's schemas declare draft-04 but use later keywords that a strict draft-04
	 * validator ignores: {@code const} pins {@code manifestVersion},
	 * {@code if}/{@code then} guards an agent connector's authorization. Microsoft's own
	 * tooling (ajv-draft-04 in {@code @microsoft/app-manifest}) applies those, and
	 * {@code contains} and {@code propertyNames}; so does this dialect.
	 */
	private static Schema schemaFor(JsonNode manifest, String file) throws IOException {
		JsonNode schema = read(SCHEMAS.resolve("v" + manifest.path("manifestVersion").asString()).resolve(file));
		String declared = schema.path("$schema").asString();
		Dialect dialect = Stream
			.of(Dialects.getDraft4(), Dialects.getDraft6(), Dialects.getDraft7(), Dialects.getDraft201909(),
					Dialects.getDraft202012())
			.filter((candidate) -> candidate.getId().equals(declared))
			.findFirst()
			.orElseThrow(() -> new AssertionError(file + " declares an unknown JSON Schema draft " + declared));
		if (dialect.getSpecificationVersion() == SpecificationVersion.DRAFT_4) {
			dialect = Dialect.builder(dialect)
				.keywords(List.of(KeywordType.CONST, KeywordType.IF_THEN_ELSE, new NonValidationKeyword("then"),
						new NonValidationKeyword("else"), KeywordType.CONTAINS, KeywordType.PROPERTY_NAMES))
				.build();
		}
		SchemaRegistryConfig config = SchemaRegistryConfig.builder()
			.regularExpressionFactory((pattern) -> JDKRegularExpressionFactory.getInstance()
				.getRegularExpression(ecmaScriptToJava(pattern)))
			.build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect,
				(builder) -> builder.schemaRegistryConfig(config)
					.schemaLoader((loader) -> loader.fetchRemoteResources(false)));
		return registry.getSchema(SchemaLocation.of(officialSchemaUrl(manifest, file)), schema);
	}

	/**
	 * JSON Schema patterns are ECMA-262 regular expressions. Microsoft's schema has one
	 * (an Office add-in's XLL file name) that {@link Pattern} rejects: {@code [\b]} is a
	 * backspace in ECMAScript and an error in Java; {@code \v} is a vertical tab in
	 * ECMAScript and any vertical whitespace in Java. Spell both as code points so the
	 * JDK reads them as ECMAScript does, instead of adding an ECMAScript regex engine for
	 * one pattern we never use.
	 */
	static String ecmaScriptToJava(String pattern) {
		StringBuilder java = new StringBuilder(pattern.length());
		boolean inClass = false;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\' && i + 1 < pattern.length()) {
				char escaped = pattern.charAt(++i);
				if (inClass && escaped == 'b') {
					java.append("\\x08");
				}
				else if (escaped == 'v') {
					java.append("\\x0B");
				}
				else {
					java.append(c).append(escaped);
				}
				continue;
			}
			if (c == '[') {
				inClass = true;
			}
			else if (c == ']') {
				inClass = false;
			}
			java.append(c);
		}
		return java.toString();
	}

	private static void assertValid(Schema schema, JsonNode document) {
		List<Error> errors = schema.validate(document);
		if (!errors.isEmpty()) {
			fail("Not valid against Microsoft's schema:%n%s", describe(errors));
		}
	}

	/**
	 * One line per error from its structured fields: {@link Error#getMessage()} in
	 * json-schema-validator 3.0.9 leaves a {@code {1}} unformatted ("botId: required
	 * property '{1}' not found").
	 */
	private static String describe(List<Error> errors) {
		return errors.stream()
			.map((error) -> "  " + error.getInstanceLocation() + " [" + error.getKeyword() + "] "
					+ Arrays.stream(error.getArguments()).map(String::valueOf).collect(Collectors.joining(", "))
					+ " (schema " + error.getSchemaLocation() + ")")
			.collect(Collectors.joining("\n"));
	}

	/**
	 * {@code bots[0].commandLists[1].commands[2].description} →
	 * {@code /bots/0/commandLists/1/...}.
	 */
	private static String pointer(String localizationKey) {
		return "/" + localizationKey.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
	}

	/** Every https URL in the manifest but its {@code $schema}. */
	private static void collectUrls(JsonNode node, List<String> urls) {
		if (node.isString() && node.asString().startsWith("https://")) {
			urls.add(node.asString());
		}
		else if (node.isObject()) {
			node.properties()
				.stream()
				.filter((property) -> !property.getKey().equals("$schema"))
				.forEach((property) -> collectUrls(property.getValue(), urls));
		}
		else {
			node.forEach((child) -> collectUrls(child, urls));
		}
	}

	private static List<JsonNode> elements(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	private static List<String> strings(JsonNode array) {
		return elements(array).stream().map(JsonNode::asString).toList();
	}

	/**
	 * Width and height from the PNG's IHDR chunk, which the format requires to come
	 * first.
	 */
	private static int[] pngSize(Path png) throws IOException {
		try (InputStream file = Files.newInputStream(png); DataInputStream in = new DataInputStream(file)) {
			byte[] signature = in.readNBytes(8);
			assertThat(signature).as("%s is a PNG", png).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
			in.readInt();
			byte[] type = in.readNBytes(4);
			assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
			return new int[] { in.readInt(), in.readInt() };
		}
	}

}
