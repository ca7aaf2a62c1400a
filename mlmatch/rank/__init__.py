"""Learned ranking: features over every signal and a LightGBM LambdaMART model that orders the candidates (`ltr`)."""
