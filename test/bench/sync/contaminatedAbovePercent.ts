/** Other processes using more than this % of a core during a window make its figures suspect. */
export const contaminatedAbovePercent = 25;
