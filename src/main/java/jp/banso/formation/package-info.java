/**
 * Formation tracker: the municipality register with each municipality's stage towards a 居住支援協議会,
 * the prefectures' coverage and count KPIs against their plan targets, and playbook runs.
 */
package jp.banso.formation;
