/**
 * Evaluation rounds (tahap): a region's year split into periods with their own dates, managed by the region's admin;
 * scores, the evaluation API and the evidence pack can be asked per round.
 */
package id.suarawarga.round;
