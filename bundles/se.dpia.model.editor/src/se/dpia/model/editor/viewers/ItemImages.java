package se.dpia.model.editor.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images item providers give (URLs of their icons, or composed images) into SWT images, creating each
 * once and disposing them all with {@link #dispose()}.
 */
public final class ItemImages {

	private ResourceManager resources;

	/** The SWT image for an item provider's image object, or {@code null} if there is none. */
	public Image get(Object itemImage) {
		ImageDescriptor descriptor = descriptorOf(itemImage);
		if (descriptor == null) {
			return null;
		}
		if (resources == null) {
			resources = new LocalResourceManager(JFaceResources.getResources());
		}
		return resources.create(descriptor);
	}

	/** The descriptor of an item provider's image object: a URL, a descriptor, or a composed image's base. */
	public static ImageDescriptor descriptorOf(Object itemImage) {
		if (itemImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (itemImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (itemImage instanceof ComposedImage composed) {
			// overlays mark cross-resource containment, which assessments don't use: the base image is enough
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : descriptorOf(images.get(0));
		}
		return null;
	}

	public void dispose() {
		if (resources != null) {
			resources.dispose();
			resources = null;
		}
	}
}
