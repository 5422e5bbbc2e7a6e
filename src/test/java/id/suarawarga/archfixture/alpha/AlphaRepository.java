package id.suarawarga.archfixture.alpha;

/** A repository, which a resource may not use. */
public class AlphaRepository {}
