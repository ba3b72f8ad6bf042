DROP TABLE petition_mandates;
