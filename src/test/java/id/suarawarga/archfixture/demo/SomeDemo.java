package id.suarawarga.archfixture.demo;

/** Demo data, which no feature may use. */
public class SomeDemo {}
