import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates JSON files against a JSON schema (draft 7 unless the schema says otherwise) with networknt's
 * json-schema-validator: {@code java -cp JARS JsonSchemaCheck.java SCHEMA FILE...}, where SCHEMA is a file or a
 * {@code jar:file:...!/path} URI. Prints {@code PASS file} or {@code FAIL file} followed by one line per error;
 * exits 1 if any file fails. Run by the tests in a plain JVM (see CheckReportsTest), like veraPDF in the documents'
 * tests: the validator needs Jackson 3 and SLF4J 2, which the product's target does not hold.
 */
public class JsonSchemaCheck {

	public static void main(String[] args) throws Exception {
		String schemaText;
		if (args[0].startsWith("jar:")) {
			try (InputStream in = URI.create(args[0]).toURL().openStream()) {
				schemaText = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		} else {
			schemaText = Files.readString(Path.of(args[0]));
		}
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaText, InputFormat.JSON);
		boolean failed = false;
		for (int i = 1; i < args.length; i++) {
			List<Error> errors = schema.validate(Files.readString(Path.of(args[i])), InputFormat.JSON);
			System.out.println((errors.isEmpty() ? "PASS " : "FAIL ") + args[i]);
			for (Error error : errors) {
				System.out.println("  " + error);
			}
			failed |= !errors.isEmpty();
		}
		System.exit(failed ? 1 : 0);
	}
}
