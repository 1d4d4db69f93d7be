package se.dpia.compliance.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.compliance.TestModels.assessment;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.dpia.compliance.Messages;

/** Each privacy-threat rule: a minimal model that raises it about the named element, and one that doesn't. */
class ThreatRulesTest {

	static Stream<Arguments> rules() {
		return Stream.of(
				Arguments.of("live-stream-via-cloud", "strom", cloud("leverantörens moln"), cloud("kommun")),
				Arguments.of("camera-in-bedroom", "kamera",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' placement='sovrummet' nightVision='true'/>",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' placement='hallen'/>"),
				Arguments.of("camera-in-bedroom", "kamera",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' placement='Diskret, med god överblick över sovplatsen'/>",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' placement='sovrummet' status='alternativ'/>"),
				Arguments.of("log-retention-too-long", "strom", logs(730), logs(90)),
				Arguments.of("log-retention-too-long", "tillsynslogg",
						"<dataCategories id='tillsynslogg' name='Tillsynslogg' retentionDays='1825'/>",
						"<dataCategories id='tillsynslogg' name='Tillsynslogg' retentionDays='180'/>"),
				Arguments.of("access-not-logged", "strom", viewing(false), viewing(true)),
				Arguments.of("protected-identity-to-processor", "adress", protectedIdentity("processor='bolaget'"),
						protectedIdentity("")),
				Arguments.of("gps-always-on", "position", gps("alltid"), gps("vid larm")));
	}

	/** A camera at home whose stream goes to a platform located in a location of the given kind. */
	private static String cloud(String locationKind) {
		return """
				<parties id='bolaget' name='Kameraleverantören AB' role='personuppgiftsbiträde'/>
				<technologies id='kameran' name='Trygghetskamera' kind='trygghetskamera'/>
				<locations id='hemmet' name='Brukarens hem' kind='hem'/>
				<locations id='platsen' name='Leverantörens plattform' kind='%s'/>
				<systems id='kamera' name='Kamera' kind='kamera' technology='kameran' location='hemmet'/>
				<systems id='plattform' name='Administrationsplattform' kind='administrationsplattform' location='platsen' operatedBy='bolaget'/>
				<flows id='strom' name='Livebild' source='kamera' target='plattform' encrypted='true' storage='endast realtid'/>
				""".formatted(locationKind);
	}

	private static String logs(int days) {
		return """
				<systems id='kamera' kind='kamera'/>
				<systems id='klient' kind='klient (dator, mobil)'/>
				<flows id='strom' name='Livebild' source='kamera' target='klient' accessLogged='true' logRetentionDays='%d'/>
				""".formatted(days);
	}

	/** A camera whose stream goes through a router to the staff's client, access logged at the client or not. */
	private static String viewing(boolean logged) {
		return """
				<systems id='kamera' name='Kamera' kind='kamera'/>
				<systems id='router' name='Router' kind='router'/>
				<systems id='klient' name='Personalens mobil' kind='klient (dator, mobil)'/>
				<flows id='strom' name='Kamera till router' source='kamera' target='router'/>
				<flows id='vidare' name='Router till mobil' source='router' target='klient' accessLogged='%s'/>
				""".formatted(logged);
	}

	private static String protectedIdentity(String processor) {
		return """
				<parties id='bolaget' name='Larmbolaget AB' role='personuppgiftsbiträde'/>
				<dataCategories id='skyddad' name='Skyddad adress' protectedIdentity='true'/>
				<systems id='verksamhet' kind='verksamhetssystem'/>
				<systems id='larm' kind='larmmottagning'/>
				<flows id='adress' name='Adress till larmmottagningen' source='verksamhet' target='larm' dataCategories='skyddad' %s/>
				""".formatted(processor);
	}

	private static String gps(String when) {
		return """
				<technologies id='gps' name='GPS-larm' kind='GPS-larm' need='hitta personen vid larm'/>
				<systems id='klocka' name='GPS-klocka' kind='sensor' technology='gps'/>
				<systems id='larm' kind='larmmottagning'/>
				<flows id='position' name='Position' source='klocka' target='larm' when='%s'/>
				""".formatted(when);
	}

	@ParameterizedTest(name = "{0} is proposed about {1}")
	@MethodSource("rules")
	void aModelWithTheFactRaisesTheRule(String rule, String subject, String raising, String quiet) {
		List<Proposal> proposals = ThreatRules.byCode(rule).propose(assessment(raising));

		assertEquals(List.of(rule + ":" + subject), proposals.stream().map(Proposal::key).toList());
		Proposal proposal = proposals.get(0);
		assertTrue(proposal.likelihood() >= 1 && proposal.likelihood() <= 4 && proposal.severity() >= 1 && proposal.severity() <= 4);
		for (String language : List.of("sv", "en")) {
			Messages messages = Messages.of(language);
			String text = proposal.title(messages) + proposal.reasoning(messages) + proposal.threatSource(messages);
			assertFalse(text.contains("!"), text);
			assertTrue(proposal.reasoning(messages).contains(se.dpia.compliance.ModelQueries.nameOf(proposal.subject())), text);
		}
	}

	@ParameterizedTest(name = "{0} stays quiet")
	@MethodSource("rules")
	void aModelWithoutTheFactDoesNotRaiseIt(String rule, String subject, String raising, String quiet) {
		assertEquals(List.of(), ThreatRules.byCode(rule).propose(assessment(quiet)));
	}

	@Test
	void everyRuleHasACodeOfItsOwn() {
		assertEquals(ThreatRules.ALL.size(), ThreatRules.ALL.stream().map(ThreatRules.Rule::code).distinct().count());
		assertNotNull(ThreatRules.byCode("camera-in-bedroom"));
	}

	@Test
	void anUnencryptedStreamIsMoreLikelyToBeSeen() {
		Proposal encrypted = ThreatRules.byCode("live-stream-via-cloud").propose(assessment(cloud("leverantörens moln"))).get(0);
		Proposal plain = ThreatRules.byCode("live-stream-via-cloud")
				.propose(assessment(cloud("leverantörens moln").replace("encrypted='true'", "encrypted='false'"))).get(0);

		assertTrue(plain.likelihood() > encrypted.likelihood());
	}

	/**
	 * As the bundled example models it: router and platforms belong to the camera technology but have kinds of their
	 * own, and a log flow also ends in the cloud. Only the camera is a camera, and only the image flow a stream.
	 */
	@Test
	void onlyTheCamerasImagesIntoTheCloudAreAStream() {
		String model = """
				<dataCategories id='bild' name='Bild i realtid'/>
				<dataCategories id='logg' name='Tillsynslogg'/>
				<technologies id='kameran' name='Trygghetskamera' kind='trygghetskamera'/>
				<locations id='hemmet' name='Brukarens hem'/>
				<locations id='molnet' name='Leverantörens plattform' kind='leverantörens moln'/>
				<systems id='kamera' name='Kamera' technology='kameran' location='hemmet'/>
				<systems id='router' name='Router' kind='router' technology='kameran' location='hemmet'/>
				<systems id='tjanst' name='Tillsynstjänst' kind='annan' technology='kameran' location='molnet'/>
				<systems id='admin' name='Administration' kind='administrationsplattform' technology='kameran' location='molnet'/>
				<flows id='till_router' name='Till routern' source='kamera' target='router' dataCategories='bild'/>
				<flows id='till_tjansten' name='Till tjänsten' source='router' target='tjanst' dataCategories='bild'/>
				<flows id='loggen' name='Loggen' source='tjanst' target='admin' dataCategories='logg'/>
				""";

		List<Proposal> proposals = ThreatRules.byCode("live-stream-via-cloud").propose(assessment(model));

		assertEquals(List.of("live-stream-via-cloud:till_tjansten"), proposals.stream().map(Proposal::key).toList());
	}
}
