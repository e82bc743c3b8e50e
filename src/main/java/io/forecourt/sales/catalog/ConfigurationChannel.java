package io.forecourt.sales.catalog;

/** Where a configuration was made. */
public enum ConfigurationChannel {

	/** A consultant in the console. */
	CONSOLE,

	/** An API client with a key: the brand app or a dealer system. */
	API,

	/** The brand website's public configurator, without a key. */
	PUBLIC

}
