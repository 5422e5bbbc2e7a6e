package id.suarawarga.archfixture.alpha;

/** Bad: a DTO named like JAX-RS's Response. */
public record AlphaResponse(String value) {}
