"""Building the model, apart from running it: UD conversion (``udprep``), word vectors
(``vectors``), training and fine-tuning (``train``, ``finetune``), and scores (``score``).
Nothing at run time imports this package."""
