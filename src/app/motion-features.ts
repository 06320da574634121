import { domAnimation } from 'framer-motion';

/** Animation features, loaded after the first screen is drawn (LazyMotion's async form keeps them out of the first download). */
export default domAnimation;
