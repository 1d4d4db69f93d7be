package se.dpia.rules.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Value converters of the rule language: a {@code Text} is a word or a quoted text, stored without quotes. */
public class RulesValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) throws ValueConverterException {
				if (string != null && string.startsWith("\"")) {
					return STRING().toValue(string, node);
				}
				return string;
			}

			@Override
			public String toString(String value) throws ValueConverterException {
				// quoted always: a bare word could be a keyword
				return STRING().toString(value);
			}
		};
	}
}
