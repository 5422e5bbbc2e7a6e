/**
 * The evidence pack (bukti dukung) for the Smart City assessors: per region and year, optionally per round, one XLSX
 * and a printable page with the recap per dimension, sub-dimension and program against the quota, and the method.
 */
package id.suarawarga.evidence;
