package id.suarawarga.importing;

/** A mistake in a mapping (not in the file): where it is, in both languages. */
public record MappingError(String pointer, String detailId, String detailEn) {}
